using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// German, Dutch, Hungarian and other partner languages join words into one ("Regionalprogramm", "exportkapacitás"):
// the English documents never show the whole word, but often show a part of it. A question word the index does not
// know is looked for by its longest ending the index does know (these languages put the head of a compound last), of
// the word as written or else of its stem (a case ending after the compound); failing that, by its longest beginning
// that is an English word the index knows as written ("regionalni" -> "region"), which makes the word a known one that
// an answer must hold. The index matches stems, so a beginning is taken only when stemming leaves it whole: "parte"
// would stand for "part", not for a partnership. The documents' own vocabulary is the dictionary, so no word list;
// Lucene's DictionaryCompoundWordTokenFilter would need the whole vocabulary loaded as one and gives every part it
// finds, not the longest.
public static class Compounds
{
    private const int MinPart = 5;
    // What remains beside the part: a real second word, not an ending ("partnerek" is a spelling of "partners").
    private const int MinRest = 4;

    // frequency: in how many passages the index finds a term (0: unknown to the documents).
    public static AnalyzedQuestion Split(AnalyzedQuestion question, Func<string, int> frequency)
    {
        if (question.Language == "en") return question;
        List<Concept>? concepts = null;
        for (var i = 0; i < question.Concepts.Count; i++)
        {
            var concept = question.Concepts[i];
            if (concept.IsName || concept.Surface.Length < MinPart + MinRest || concept.Alternatives.Count > 1) continue;
            if (concept.SearchTerms.Any(t => frequency(t) > 0)) continue;
            if ((KnownEnding(concept.Surface, frequency) ?? KnownEnding(concept.Alternatives[0][0], frequency) ?? KnownBeginning(concept.Surface, frequency)) is not { } part) continue;
            concepts ??= [.. question.Concepts];
            concepts[i] = concept with { Alternatives = [.. concept.Alternatives, [Stemmer.Stem(part, "en")]], SearchTerms = [.. concept.SearchTerms, part] };
        }
        return concepts is null ? question : question with { Concepts = concepts };
    }

    // The longest known ending that leaves a word's worth of letters before it.
    public static string? KnownEnding(string word, Func<string, int> frequency)
    {
        if (!word.All(char.IsAsciiLetterLower)) return null;
        for (var start = MinRest; start <= word.Length - MinPart; start++)
            if (frequency(word[start..]) > 0) return word[start..];
        return null;
    }

    // The longest known beginning that stemming leaves whole, with a word's worth of letters after it.
    public static string? KnownBeginning(string word, Func<string, int> frequency)
    {
        if (!word.All(char.IsAsciiLetterLower)) return null;
        for (var end = word.Length - MinRest; end >= MinPart; end--)
            if (Stemmer.Stem(word[..end], "en") == word[..end] && frequency(word[..end]) > 0) return word[..end];
        return null;
    }
}
