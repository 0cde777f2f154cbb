using StakeholderBot.Knowledge.Answering;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Partner-language questions whose thing asked about is a compound word the English documents never show whole.
public sealed class CompoundWordTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    // "Förderinstrument" (support instrument) is no word of the document; its ending "instrument" is.
    [Fact]
    public async Task WhichQuestion_AboutACompoundWhoseLastPartTheDocumentsKnow_IsAnswered()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("Welches Förderinstrument wollen die Partner von NORDHAVEN verbessern?", "de");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("Baltic Growth Fund", answer.PlainText);
        Assert.Contains(answer.Citations, c => c.DocumentPath == "nordhaven.md");
    }

    // "regionalni" is no word of the document but begins with "region", which it uses as written: the question is about a
    // region, a word the documents know, and is looked for by it. "gospodarstvo" (economy) begins with no word of theirs.
    [Fact]
    public async Task PartnerLanguageWord_TheDocumentsKnowByItsBeginning_IsLookedForByThatWord()
    {
        var harness = await IndexedAsync();
        var question = QuestionAnalyzer.Analyze("Ali regionalni program NORDHAVEN spodbuja gospodarstvo?", "sl");

        var split = Compounds.Split(question, harness.Reader.DocumentFrequency);

        var regional = Assert.Single(split.Concepts, c => c.Surface == "regionalni");
        Assert.Contains(regional.Alternatives, a => a.SequenceEqual(["region"]));
        Assert.Contains("region", regional.SearchTerms);
        Assert.Single(Assert.Single(split.Concepts, c => c.Surface == "gospodarstvo").Alternatives);
    }

    [Fact]
    public void KnownPart_IsTheLongestEndingTheIndexKnows_LeavingAWordBeforeIt()
    {
        var known = new HashSet<string> { "instrument", "ment", "export" };
        int Frequency(string term) => known.Contains(term) ? 3 : 0;

        Assert.Equal("instrument", Compounds.KnownEnding("steuerinstrument", Frequency));
        // "export" starts the word: only endings are taken, and four letters must stand before one.
        Assert.Null(Compounds.KnownEnding("exportberatung", Frequency));
        Assert.Null(Compounds.KnownEnding("abcinstrument", Frequency));
    }

    private async Task<KnowledgeHarness> IndexedAsync()
    {
        File.WriteAllText(Path.Combine(corpus, "nordhaven.md"), """
            # NORDHAVEN

            NORDHAVEN is a project of five port cities that help small firms to export.

            ## Partners

            The NORDHAVEN partners are Riga Freeport, Klaipeda Business Centre and Aarhus Trade Office.

            ## Action plans

            With their action plans the partners improve one policy instrument, the Baltic Growth Fund.

            ## Results

            The NORDHAVEN project trained 120 exporters in its first year.

            ## Grants

            The NORDHAVEN programme gives small grants to 40 people who start a business.

            ## Regions

            Each partner region hosts one export day.
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }
}
