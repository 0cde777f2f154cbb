using Xunit;

namespace StakeholderBot.Manifest.Tests;

[CollectionDefinition(Name)]
public sealed class NodeScriptsCollection
{
    public const string Name = "node scripts";
}
