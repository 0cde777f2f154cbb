using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// "How many small firms ...?" counts small firms, whether the question writes them as a long form of a glossary term
// or as its acronym: a number of something else is not the answer.
public sealed class CountFocusTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task CountOfSmallFirms_WhereOnlyOtherThingsAreCounted_IsRefused()
    {
        File.WriteAllText(Path.Combine(corpus, "harbour.md"), """
            # Harbour region: regional programme

            The harbour programme helps SMEs in the port towns to sell abroad.

            Action 2 trains 35 young people from the harbour towns who lost their jobs last year.
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("How many small firms does the harbour programme train?");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
    }

    [Fact]
    public async Task CountOfSmallFirms_IsAnsweredWhereTheyAreCounted()
    {
        File.WriteAllText(Path.Combine(corpus, "valley.md"), """
            # Valley region: regional programme

            The valley programme supports 120 SMEs each year with export coaching.
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("How many small firms does the valley programme support?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("120 SMEs", answer.PlainText);
    }
}
