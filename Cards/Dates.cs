using System.Globalization;
using System.Text.RegularExpressions;

namespace StakeholderBot.Cards;

// Dates in messages the way the date picker beside them shows them ("January 15, 2020" for en-US,
// "15 januari 2020" for nl): the culture's long date without the weekday.
public static partial class Dates
{
    public static string Long(DateOnly date, CultureInfo culture) =>
        date.ToString(LongPattern(culture), culture);

    // The user's own locale when it speaks the card's language ("en-GB" for an English card); else the card's
    // language as written in the user's country where there is such a culture ("en-NL"), else the language.
    public static CultureInfo CultureFor(string language, string? locale)
    {
        var parts = (locale ?? "").Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        var candidates = parts.Length == 0 ? [language]
            : parts[0].Equals(language, StringComparison.OrdinalIgnoreCase) ? [string.Join('-', parts), language]
            : parts.Length > 1 ? [$"{language}-{parts[^1]}", language]
            : new[] { language };
        foreach (var name in candidates.Append("en"))
        {
            try
            {
                return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                // Not a culture this machine knows; try the next one.
            }
        }
        return CultureInfo.InvariantCulture;
    }

    private static string LongPattern(CultureInfo culture) =>
        Weekday().Replace(culture.DateTimeFormat.LongDatePattern, "").Trim();

    [GeneratedRegex(@"^dddd,?\s*|,?\s*dddd$")]
    private static partial Regex Weekday();
}
