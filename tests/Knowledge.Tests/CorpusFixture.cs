using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// The repository's own corpus/, indexed once for the tests that only ask questions.
public sealed class CorpusFixture : IAsyncLifetime
{
    public KnowledgeHarness Harness { get; } = new(KnowledgeHarness.RepoCorpus);

    public Task InitializeAsync() => Harness.IndexAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
