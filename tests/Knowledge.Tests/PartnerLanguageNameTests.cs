using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Who, which and where questions in a partner language over an English document of the tests' own, where most of the
// question's words are foreign to the document and the ones it knows may be found everywhere.
public sealed class PartnerLanguageNameTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    // "projekt" is "project" and Harbour Link is named in every section; "finansuje" is no word of the document: nothing
    // says who funds it.
    [Fact]
    public async Task WhoQuestion_KnownOnlyByAWordFoundEverywhere_IsRefused()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("Kto finansuje projekt Harbour Link?", "pl");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
        Assert.Empty(answer.Citations);
    }

    // "koordynuje" is spelled like "coordinated", which one section uses.
    [Fact]
    public async Task WhoQuestion_WithATellingWordInTheUnit_IsAnswered()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("Kto koordynuje projekt Harbour Link?", "pl");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("Gdansk Port Authority", answer.PlainText);
    }

    private async Task<KnowledgeHarness> IndexedAsync()
    {
        File.WriteAllText(Path.Combine(corpus, "harbour-link.md"), """
            # Harbour Link

            Harbour Link is a project of five port cities that help small firms to export.

            ## Partners

            The Harbour Link project partners are Riga Freeport, Klaipeda Business Centre and Aarhus Trade Office.

            ## Coordination

            The project is coordinated by the Gdansk Port Authority.

            ## Meetings

            The Harbour Link project partners met in Riga in May and in Aarhus in October.

            ## Study

            A study of the Harbour Link project compares the customs procedures of the partner ports.

            ## Results

            The Harbour Link project trained 120 exporters in its first year.
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }
}
