using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace StakeholderBot.Knowledge.Text;

// Function words per language (folded), including question words: they say what is asked, not about what. The
// partner languages and French, which stakeholders ask in too (Teams locale fr-FR).
// Lucene's Snowball lists where Lucene has one; Polish, Lithuanian and Slovenian from the project's own data files.
public static class StopWords
{
    public static readonly IReadOnlyList<string> Languages = ["en", "nl", "hu", "it", "pl", "es", "lt", "sl", "ro", "de", "pt", "fr"];

    private static readonly Dictionary<string, HashSet<string>> Lists = new()
    {
        // Lucene's English analyser keeps only 33 words; the Snowball list beside it has the question words too.
        ["en"] = Folded(WordlistLoader.GetSnowballWordSet(IOUtils.GetDecodingReader(typeof(SnowballFilter), "english_stop.txt", System.Text.Encoding.UTF8), LuceneVersion.LUCENE_48)),
        ["nl"] = Folded(Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet),
        ["de"] = Folded(Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet),
        ["es"] = Folded(Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet),
        ["pt"] = Folded(Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet),
        ["it"] = Folded(Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet),
        ["ro"] = Folded(Lucene.Net.Analysis.Ro.RomanianAnalyzer.DefaultStopSet),
        ["hu"] = Folded(Lucene.Net.Analysis.Hu.HungarianAnalyzer.DefaultStopSet),
        ["fr"] = Folded(Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet),
        ["pl"] = new(WordLists.Read("stopwords-pl"), StringComparer.Ordinal),
        ["lt"] = new(WordLists.Read("stopwords-lt"), StringComparer.Ordinal),
        ["sl"] = new(WordLists.Read("stopwords-sl"), StringComparer.Ordinal),
    };

    private static readonly Dictionary<string, int> Masks = BuildMasks();

    // Which languages (bit i = Languages[i]) have this word as a function word.
    public static int LanguageMask(string folded) => Masks.GetValueOrDefault(folded);

    private static Dictionary<string, int> BuildMasks()
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Languages.Count; i++)
            foreach (var word in Lists[Languages[i]]) masks[word] = masks.GetValueOrDefault(word) | (1 << i);
        return masks;
    }

    public static bool IsStopWord(string folded, string language) =>
        Lists.TryGetValue(language, out var list) && list.Contains(folded);

    public static bool IsAnyStopWord(string folded) => Masks.ContainsKey(folded);

    public static int Count(IEnumerable<string> folded, string language)
    {
        if (!Lists.TryGetValue(language, out var list)) return 0;
        var count = 0;
        foreach (var word in folded) if (list.Contains(word)) count++;
        return count;
    }

    // Tokens are compared folded (lower case, no diacritics), so the lists are folded too.
    private static HashSet<string> Folded(CharArraySet set) =>
        new(set.Select(word => TextFolding.Fold(word.ToString())), StringComparer.Ordinal);
}
