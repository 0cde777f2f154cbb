using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace StakeholderBot.Knowledge.Text;

// Stems a word as written in lower case (diacritics kept: Snowball's endings carry them, "internacionalización")
// and gives the stem folded, as tokens are compared. Snowball (Lucene.Net) where it has the language; Polish,
// Lithuanian and Slovenian cut the longest ending of the project's own list (data files) that leaves MinStem letters.
// FTS5's porter stems English in the index; English here is for matching sentences in C#.
public static class Stemmer
{
    private const int MinStem = 3;

    private static readonly Dictionary<string, Func<SnowballProgram>> Snowball = new()
    {
        ["en"] = () => new EnglishStemmer(),
        ["nl"] = () => new DutchStemmer(),
        ["de"] = () => new GermanStemmer(),
        ["es"] = () => new SpanishStemmer(),
        ["pt"] = () => new PortugueseStemmer(),
        ["it"] = () => new ItalianStemmer(),
        ["ro"] = () => new RomanianStemmer(),
        ["hu"] = () => new HungarianStemmer(),
        ["fr"] = () => new FrenchStemmer(),
    };

    private static readonly Dictionary<string, string[]> Suffixes = new()
    {
        ["pl"] = Longest(WordLists.Read("suffixes-pl")),
        ["lt"] = Longest(WordLists.Read("suffixes-lt")),
        ["sl"] = Longest(WordLists.Read("suffixes-sl")),
    };

    // A Snowball stemmer keeps its word in itself: one per thread and language.
    [ThreadStatic] private static Dictionary<string, SnowballProgram>? stemmers;

    // Words recur (a corpus's vocabulary is small next to its text): each stem is worked out once, not per sentence read.
    private static readonly GenerationalCache<(string Word, string Language), string> Known = new(20_000);

    public static string Stem(string word, string language)
    {
        if (Known.TryGet((word, language), out var known)) return known;
        var stem = TextFolding.Fold(StemOf(word, language));
        Known.Add((word, language), stem);
        return stem;
    }

    private static string StemOf(string word, string language)
    {
        if (Snowball.TryGetValue(language, out var create))
        {
            stemmers ??= [];
            if (!stemmers.TryGetValue(language, out var stemmer)) stemmers[language] = stemmer = create();
            stemmer.SetCurrent(word);
            stemmer.Stem();
            return language == "en" ? Undoubled(stemmer.Current) : stemmer.Current;
        }
        if (!Suffixes.TryGetValue(language, out var suffixes)) return word;
        var folded = TextFolding.Fold(word);
        if (folded.Length <= MinStem + 1) return folded;
        foreach (var suffix in suffixes)
            if (folded.Length - suffix.Length >= MinStem && folded.EndsWith(suffix, StringComparison.Ordinal)) return folded[..^suffix.Length];
        return folded;
    }

    // English Snowball undoubles a final consonant only after cutting an ending ("adding" -> "ad", "staffing" -> "staf")
    // and leaves the bare word as it is ("add", "staff"): the same word would have two stems. Both are undoubled.
    private static string Undoubled(string stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't' ? stem[..^1] : stem;

    private static string[] Longest(IEnumerable<string> suffixes) => suffixes.Distinct().OrderByDescending(s => s.Length).ToArray();
}
