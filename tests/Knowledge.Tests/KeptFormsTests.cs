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
    public void LongCompoundInTheQuestion_IsNotTheWordItBeginsWith()
    {
        // Its head comes last: the coordinator, not the project.
        Assert.False(Cognates.Match("projektkoordinatora", "project"));
        Assert.True(Cognates.Match("projektu", "project"));
        // A text's longer word may begin with the question's.
        Assert.True(Cognates.Match("regional", "regionalisation"));
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
