using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Questions in a partner language over the English documents of corpus/.
public sealed class PartnerLanguageTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    // "osób" (people) is a word the English documents cannot show; the unit holds the question's other words
    // ("granty", "Podkarpackie" around it) and a number followed by what it counts.
    [Fact]
    public async Task CountQuestion_IsAnsweredWhenOnlyTheCountedWordIsForeignToTheDocuments()
    {
        var answer = await corpus.Harness.AskAsync("Ile osób otrzyma bezzwrotne granty na założenie firmy w regionie Podkarpackie?", "pl");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("40 people", answer.PlainText);
        Assert.Contains(answer.Citations, c => c.DocumentPath == "inter-ventures-action-plans.txt");
    }

    // The counted word is foreign, and the documents give no count of anything else the question names.
    [Fact]
    public async Task CountQuestion_WithAForeignCountedWordAndNothingElseInOneUnit_IsRefused()
    {
        var answer = await corpus.Harness.AskAsync("Ile osób pracuje w biurze projektu INTRA?", "pl");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
        Assert.Empty(answer.Citations);
    }
}

// Open questions in a partner language over an English document of the tests' own.
public sealed class PartnerLanguageOpenQuestionTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    // "procedimientos aduaneros", "estudio", "logística": the unit holds several of the question's words.
    [Fact]
    public async Task OpenQuestion_IsAnsweredByAUnitHoldingSeveralOfItsWords()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("¿Qué procedimientos aduaneros comparan los socios de Harbour Link en el estudio de logística?", "es");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("customs procedures", answer.PlainText);
    }

    // Only "exportación" is in the unit ("exporters"); "logística" is in another one: neither says what was agreed.
    [Fact]
    public async Task OpenQuestion_IsNotAnsweredByAUnitHoldingOnlyOneOfItsKnownWords()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("¿Qué acordaron los socios de Harbour Link sobre la logística de exportación?", "es");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
        Assert.Empty(answer.Citations);
    }

    // The only unit with the names asked about lists organisations: it says nothing of what they do.
    [Fact]
    public async Task OpenQuestion_IsNotAnsweredByALineOfNames()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("Was macht das Team Ostrava mit dem Brno Export Council?", "de");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
        Assert.Empty(answer.Citations);
    }

    private async Task<KnowledgeHarness> IndexedAsync()
    {
        File.WriteAllText(Path.Combine(corpus, "harbour.md"), """
            # Harbour Link

            Harbour Link helps port cities support small exporters between 2024 and 2027.

            The partners of Harbour Link met in Gdansk in March to agree on the work plan.

            A study of port logistics will compare the customs procedures of the partner ports.

            Team Ostrava: Ostrava Regional Agency, Brno Export Council and Zlin Chamber of Commerce
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }
}
