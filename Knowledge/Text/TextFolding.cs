using System.Globalization;
using System.Text;

namespace StakeholderBot.Knowledge.Text;

// Lower case without diacritics, as SQLite's unicode61 remove_diacritics 2 sees words, so C# and FTS5 agree.
public static class TextFolding
{
    public static string Fold(ReadOnlySpan<char> word)
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
