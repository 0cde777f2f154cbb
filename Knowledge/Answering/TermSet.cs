namespace StakeholderBot.Knowledge.Answering;

// The stems of a piece of text, matched against a concept exactly or by a long shared beginning ("lithuanian" ~
// "lithuania", "lombardy" ~ "lombardia"), which light stemming misses; and its words as written (folded), for
// spellings that differ more (other languages, typos: see Cognates). Immutable: cached analyses share one TermSet
// between questions and threads.
public sealed class TermSet
{
    private const double PrefixMatch = 0.8;

    // A sentence has a few dozen stems at most: below this many, a scan is as fast as hashing and allocates nothing.
    private const int HashFrom = 24;

    private readonly HashSet<string>? exact;
    private readonly List<string> words;
    private readonly string[] surface;

    public TermSet(IEnumerable<string> stems, IEnumerable<string>? surfaceWords = null)
    {
        words = stems is List<string> list ? list : stems.ToList();
        words.RemoveAll(s => s.Length == 0);
        exact = words.Count >= HashFrom ? new HashSet<string>(words, StringComparer.Ordinal) : null;
        surface = surfaceWords is null ? [] : LongWords(surfaceWords);
    }

    public static readonly TermSet Empty = new([]);

    // The distinct words of five letters or more, in order: a sentence has a few dozen words, so a scan of those kept
    // costs less than hashing them.
    private static string[] LongWords(IEnumerable<string> words)
    {
        var kept = new List<string>();
        foreach (var word in words)
            if (word.Length >= 5 && !kept.Contains(word)) kept.Add(word);
        return kept.ToArray();
    }

    public int Count => words.Count;

    public IEnumerable<string> Stems => words;

    public double Match(Concept concept)
    {
        var best = 0.0;
        for (var a = 0; a < concept.Alternatives.Count; a++)
        {
            var alternative = concept.Alternatives[a];
            var strength = 1.0;
            foreach (var stem in alternative)
            {
                strength = Math.Min(strength, Match(stem));
                if (strength == 0) break;
            }
            best = Math.Max(best, a == 0 ? strength : strength * 0.9);
            if (best >= 1) break;
        }
        return best;
    }

    // A concept's word as written, likened to this text's words as written.
    public double MatchSpelling(Concept concept) => SpelledLike(concept) is null ? 0 : Cognates.Strength;

    // The word of this text written like the concept's, if any.
    public string? SpelledLike(Concept concept)
    {
        if (concept.Surface.Length < 5) return null;
        foreach (var word in surface) if (Cognates.Match(concept.Surface, word)) return word;
        return null;
    }

    private bool Contains(string stem)
    {
        foreach (var word in words) if (string.Equals(word, stem, StringComparison.Ordinal)) return true;
        return false;
    }

    public double Match(string stem)
    {
        if (exact?.Contains(stem) ?? Contains(stem)) return 1;
        if (stem.Length < 5 || char.IsDigit(stem[0])) return 0;
        foreach (var word in words)
        {
            // Variants differ by an ending ("lithuania"/"lithuanian"), not by whole words ("inter"/"international").
            if (word.Length < 5 || char.IsDigit(word[0]) || Math.Abs(word.Length - stem.Length) > 3) continue;
            var shorter = Math.Min(word.Length, stem.Length);
            var shared = 0;
            while (shared < shorter && word[shared] == stem[shared]) shared++;
            if (shared >= 5 && shared >= 0.75 * shorter) return PrefixMatch;
        }
        return 0;
    }
}
