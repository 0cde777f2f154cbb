using System.Globalization;
using System.Text.RegularExpressions;

namespace StakeholderBot.Cards;

// Dates in messages the way the date picker beside them shows them ("January 15, 2020" for en-US,
// "15 januari 2020" for nl): the culture's long date without the weekday.
public static partial class Dates
{
    public static string Long(DateOnly date, CultureInfo culture) =>
        date.ToString(LongPattern(culture), culture);

    // The user's own locale when it speaks the card's language ("en-GB" for an English card), else that language.
    public static CultureInfo CultureFor(string language, string? locale)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(locale) && locale.Replace('_', '-').Split('-')[0].Equals(language, StringComparison.OrdinalIgnoreCase))
                return CultureInfo.GetCultureInfo(locale.Replace('_', '-'));
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en");
        }
    }

    private static string LongPattern(CultureInfo culture) =>
        Weekday().Replace(culture.DateTimeFormat.LongDatePattern, "").Trim();

    [GeneratedRegex(@"^dddd,?\s*|,?\s*dddd$")]
    private static partial Regex Weekday();
}
