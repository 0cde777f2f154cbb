using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// "Which countries ...?" over a document of the tests' own: the sentence that names the countries answers, not one that
// says "country" about a single one.
public sealed class CountryQuestionTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task WhichCountries_IsAnsweredByTheUnitNamingSeveralCountries()
    {
        File.WriteAllText(Path.Combine(corpus, "baltic-bridge.md"), """
            # Baltic Bridge

            Baltic Bridge has partners from four port regions in Poland, Lithuania, Slovenia and Romania.

            ## Policy instruments of Baltic Bridge

            With no regional programme in Lithuania, the national programme covers the entire country.

            The Polish partner works on the regional programme of Pomerania.
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("Which countries take part in Baltic Bridge?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("Poland, Lithuania, Slovenia and Romania", answer.PlainText);
    }
}
