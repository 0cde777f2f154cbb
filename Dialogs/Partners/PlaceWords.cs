using System.Globalization;
using System.Text;

namespace StakeholderBot.Dialogs.Partners;

// Place names as people type them: any case, with or without accents, and a word may be shortened to its first
// four letters or more ("lomb" finds "Lombardy", "Klaipeda" finds "Klaipėda").
public static class PlaceWords
{
    // Lower case, accents dropped, every run of other characters one '-'.
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) folded.Append(char.ToLowerInvariant(c));
            else if (folded.Length > 0 && folded[^1] != '-') folded.Append('-');
        }
        return folded.ToString().Trim('-');
    }

    // Every word typed occurs among the words of the names.
    public static bool Match(string place, params string[] names)
    {
        var wanted = Fold(place).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var words = names.SelectMany(n => Fold(n).Split('-', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        return wanted.Length > 0 && wanted.All(w => words.Contains(w)
            || words.Any(x => x.Length >= 4 && w.Length >= 4 && x.StartsWith(w, StringComparison.Ordinal)));
    }
}
