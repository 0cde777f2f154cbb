using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Text;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Forms worked out once and looked up after (folded words, cognate spellings, heading terms) are the forms worked out
// the first time, whichever word asks.
public sealed class KeptFormsTests
{
    [Theory]
    [InlineData("Internationalisation", "internationalisation")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("SME", "sme")]
    [InlineData("a-word-longer-than-forty-letters-is-folded-too", "a-word-longer-than-forty-letters-is-folded-too")]
    public void AWordFoldedAgain_HasTheSameForm(string word, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(word));
        Assert.Equal(folded, TextFolding.Fold(word));
        Assert.Equal(folded, TextFolding.Fold(("(" + word + ")").AsSpan(1, word.Length)));
    }

    [Fact]
    public void WordsThatDifferOnlyInCase_FoldAlike_AndOtherWordsDoNot()
    {
        Assert.Equal(TextFolding.Fold("Budget"), TextFolding.Fold("budget"));
        Assert.NotEqual(TextFolding.Fold("budget"), TextFolding.Fold("budgets"));
    }

    [Fact]
    public void CognatesAskedAgain_MatchAsTheFirstTime()
    {
        for (var round = 0; round < 2; round++)
        {
            Assert.True(Cognates.Match("internacionalizacijos", "internationalization"));
            Assert.True(Cognates.Match("partenerii", "partners"));
            Assert.False(Cognates.Match("partenerii", "programme"));
        }
    }

    [Fact]
    public void AHeadingReadAgain_HasTheSameTerms()
    {
        var first = PassageAnalysis.Context("Budget and partners", "en");
        var again = PassageAnalysis.Context("Budget and partners", "en");
        Assert.Equal(first.Stems, again.Stems);
        Assert.Contains("budget", first.Stems);
    }
}
