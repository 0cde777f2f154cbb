using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace StakeholderBot.Knowledge.Text;

// Lower case without diacritics, as SQLite's unicode61 remove_diacritics 2 sees words, so C# and FTS5 agree.
public static class TextFolding
{
    // Every sentence read is cut into words and each word folded, and words recur (a corpus's vocabulary is small next
    // to its text): the folded form of a word seen before is looked up by its letters, so reading allocates nothing for
    // it. Bounded: past this many words, new ones are folded and not kept.
    private const int MaxKept = 200_000;
    private const int MaxKeptLength = 40;
    private static readonly ConcurrentDictionary<string, string> Kept = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KeptByLetters = Kept.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int kept;

    public static string Fold(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxKeptLength) return FoldNew(word);
        if (KeptByLetters.TryGetValue(word, out var known)) return known;
        var folded = FoldNew(word);
        if (Volatile.Read(ref kept) < MaxKept && KeptByLetters.TryAdd(word, folded)) Interlocked.Increment(ref kept);
        return folded;
    }

    private static string FoldNew(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word) if (c > 127) { ascii = false; break; }
        if (ascii) return LowerAscii(word);

        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c switch
            {
                'ß' => "ss", 'ø' or 'Ø' => "o", 'ł' or 'Ł' => "l", 'đ' or 'Đ' => "d", 'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe", 'ı' => "i", 'þ' => "th",
                _ => char.ToLowerInvariant(c).ToString(),
            });
        }
        return folded.ToString();
    }

    private static string LowerAscii(ReadOnlySpan<char> word)
    {
        var lowered = true;
        foreach (var c in word) if (c is >= 'A' and <= 'Z') { lowered = false; break; }
        if (lowered) return word.ToString();
        return string.Create(word.Length, word.ToString(), static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
        });
    }
}
