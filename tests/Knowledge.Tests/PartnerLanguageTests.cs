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
