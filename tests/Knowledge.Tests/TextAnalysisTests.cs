using StakeholderBot.Knowledge.Text;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Stemming and stop words per partner language: Lucene's Snowball stemmers and stop lists where Lucene has the
// language, the project's data files for Polish, Lithuanian and Slovenian.
public sealed class TextAnalysisTests
{
    [Theory]
    [InlineData("en", "exporting", "exports")]
    [InlineData("en", "internationalisation", "internationalization")]
    [InlineData("en", "adding", "add")]
    [InlineData("en", "staffing", "staff")]
    [InlineData("nl", "ondernemingen", "onderneming")]
    [InlineData("de", "Förderungen", "Förderung")]
    [InlineData("es", "internacionalización", "internacionalizaciones")]
    [InlineData("pt", "exportações", "exportação")]
    [InlineData("it", "imprese", "impresa")]
    [InlineData("ro", "întreprinderilor", "întreprinderi")]
    [InlineData("hu", "vállalkozások", "vállalkozásokat")]
    [InlineData("pl", "przedsiębiorstwami", "przedsiębiorstwa")]
    [InlineData("lt", "įmonėms", "įmonės")]
    [InlineData("sl", "podjetju", "podjetja")]
    public void InflectedForms_ShareAStem(string language, string one, string other) =>
        Assert.Equal(Stem(one, language), Stem(other, language));

    [Theory]
    [InlineData("es", "empresa", "empleo")]
    [InlineData("de", "Unternehmen", "Unterricht")]
    [InlineData("en", "export", "expert")]
    public void DifferentWords_KeepDifferentStems(string language, string one, string other) =>
        Assert.NotEqual(Stem(one, language), Stem(other, language));

    [Fact]
    public void Stems_AreFolded_SoTheyMatchFoldedTokens() =>
        Assert.Equal("exportac", Terms.ForMatch("exportación", "pt")[0][..8]);

    [Theory]
    [InlineData("en", "which")]
    [InlineData("nl", "het")]
    [InlineData("de", "welche")]
    [InlineData("es", "cuando")]
    [InlineData("pt", "quando")]
    [InlineData("it", "della")]
    [InlineData("ro", "care")]
    [InlineData("hu", "mikor")]
    [InlineData("pl", "kiedy")]
    [InlineData("lt", "kada")]
    [InlineData("sl", "kdaj")]
    public void FunctionWords_AreStopWords(string language, string word) =>
        Assert.True(StopWords.IsStopWord(word, language));

    [Theory]
    [InlineData("en", "budget")]
    [InlineData("de", "Budget")]
    [InlineData("pl", "budżet")]
    public void ContentWords_AreKept(string language, string word) =>
        Assert.Single(Terms.ForMatch(word, language));

    [Fact]
    public void StopListsWithDiacritics_MatchFoldedWords() =>
        Assert.True(StopWords.IsStopWord(TextFolding.Fold("über"), "de"));

    private static string Stem(string word, string language) => Terms.ForMatch(word, language).Single();
}
