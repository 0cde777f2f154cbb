using StakeholderBot.Knowledge.Answering;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// A value (a budget, a count) answers a question only when it is about what the question names, over a document of the
// tests' own that gives several values and names.
public sealed class NameBindingTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    // "Harbour" stands before the project's budget and "Academy" in another section: no place names the Harbour Academy.
    [Fact]
    public async Task ValueQuestion_AboutANameOfSeveralWordsNoPlaceHoldsTogether_IsRefused()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What is the budget of the Harbour Academy?");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task ValueQuestion_AboutANameOfSeveralWords_IsAnsweredWhereItsWordsStandTogether()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What is the budget of the Coastal Academy?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("40 000 EUR", answer.PlainText);
    }

    [Theory]
    [InlineData("What is the budget of the Harbour Academy?", "harbour", "academy")]
    [InlineData("When does Programme Slovenia end?", "programme", "slovenia")]
    public void Question_NamesWrittenSideBySide_AreOneName(string question, string first, string second)
    {
        var concepts = QuestionAnalyzer.Analyze(question, "en").Concepts;

        var next = concepts.ToList().FindIndex(c => c.Surface == first) + 1;
        Assert.True(next > 0 && next < concepts.Count, "first word missing");
        Assert.Equal(second, concepts[next].Surface);
        Assert.True(concepts[next].JoinsPrevious);
    }

    // In a partner language the country is written its way: still a name's last word, not an adjective before one.
    [Fact]
    public void Question_CountryEndingANameInAPartnerLanguage_IsPartOfTheName()
    {
        var concepts = QuestionAnalyzer.Analyze("¿Cuándo termina el Programa Eslovenia?", "es").Concepts;

        var country = Assert.Single(concepts, c => c.Surface == "eslovenia");
        Assert.True(country.JoinsPrevious);
    }

    // A hyphen joins two names ("Croatia-Slovenia"), a country's adjective qualifies the name after it, a number counts.
    [Theory]
    [InlineData("What is the budget of the Croatia-Slovenia programme?", "slovenia")]
    [InlineData("What is the Polish BALTIC BRIDGE action about?", "baltic")]
    [InlineData("When did the Harbour 2 action start?", "2")]
    public void Question_NamesApartOrQualifying_AreNamesOfTheirOwn(string question, string surface)
    {
        var concepts = QuestionAnalyzer.Analyze(question, "en").Concepts;

        var concept = Assert.Single(concepts, c => c.Surface == surface);
        Assert.False(concept.JoinsPrevious);
    }

    private async Task<KnowledgeHarness> IndexedAsync()
    {
        File.WriteAllText(Path.Combine(corpus, "baltic-bridge.md"), """
            # Baltic Bridge

            Baltic Bridge helps small firms in four port regions to sell abroad.

            ## Budget

            Harbour services are the core of the project.

            Total budget: 1 200 000 EUR

            ## Training

            In Gdansk the partners visited the Academy of Maritime Trade, which trains customs brokers.

            The Coastal Academy has a budget of 40 000 EUR for its courses.
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }
}
