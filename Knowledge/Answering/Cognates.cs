namespace StakeholderBot.Knowledge.Answering;

// Words the partner languages share with English in a changed spelling ("internacionalizacijos" ~ "internationalization",
// "budżet" ~ "budget", "partenerii" ~ "partners"), and typos ("UpGradSME"): a general likeness of spelling, with
// no word list. Both words folded. Spellings are brought closer first (c before i as t, k as c, z as s, w as v, y as
// i, ph as f, doubled letters once), then the words match when they share a long beginning, differ by one letter,
// or have the same consonants.
public static class Cognates
{
    public const double Strength = 0.75;
    private const int MinLength = 5;
    private const int MaxLengthRatio = 2;

    // a: the question's word, b: the text's.
    public static bool Match(string a, string b)
    {
        if (a.Length < MinLength || b.Length < MinLength || char.IsDigit(a[0]) || char.IsDigit(b[0])) return false;
        var (x, cx) = FormsOf(a);
        var (y, cy) = FormsOf(b);
        var shorter = Math.Min(x.Length, y.Length);
        var prefix = 0;
        while (prefix < shorter && x[prefix] == y[prefix]) prefix++;
        // A question's word more than twice as long as the text's is a compound that begins with it
        // ("projektkoordinátora" is not "project"): its head comes last (Compounds looks for that).
        if (prefix >= MinLength && prefix >= 0.6 * shorter && x.Length <= MaxLengthRatio * y.Length) return true;
        if (shorter >= 6 && Math.Abs(x.Length - y.Length) <= 1 && WithinOneEdit(x, y)) return true;
        return cx.Length >= 4 && cy.Length >= 4 && (cx == cy || CommonPrefix(cx, cy) >= 5);
    }

    // A question's words are likened to every word of the sentences it reads, and words recur: each word's forms are
    // worked out once.
    private static readonly GenerationalCache<string, (string Normal, string Consonants)> Forms = new(20_000, StringComparer.Ordinal);

    private static (string Normal, string Consonants) FormsOf(string word) => Forms.GetOrAdd(word, static w =>
    {
        var normal = Normalise(w);
        return (normal, Consonants(normal));
    });

    private static string Normalise(string word)
    {
        var text = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : ' ';
            if (c == 'p' && next == 'h') { text.Append('f'); i++; continue; }
            if (c == 't' && next == 'h') { text.Append('t'); i++; continue; }
            if (c is 'c' or 'z' && next is 'i' or 'j' or 'y' && i + 2 < word.Length && word[i + 2] is 'a' or 'o' or 'e' or 'u' or 'j') c = 't';
            else c = c switch { 'k' => 'c', 'z' => 's', 'w' => 'v', 'y' => 'i', 'j' => 'i', _ => c };
            if (text.Length > 0 && text[^1] == c) continue;
            text.Append(c);
        }
        return text.ToString();
    }

    private static string Consonants(string word) => string.Concat(word.Where(c => c is not ('a' or 'e' or 'i' or 'o' or 'u')));

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        var i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length) return a.AsSpan(i + Math.Min(1, a.Length - i)).SequenceEqual(b.AsSpan(i + Math.Min(1, b.Length - i)));
        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
