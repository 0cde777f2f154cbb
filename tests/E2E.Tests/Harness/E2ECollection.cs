using Xunit;

namespace StakeholderBot.E2E.Tests.Harness;

// One stack for the whole suite; its tests run one after another in the same Playground.
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<LocalStack>
{
    public const string Name = "Playground in Chromium";
}
