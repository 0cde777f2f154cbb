using System.Globalization;
using System.Text.RegularExpressions;

namespace StakeholderBot.Dialogs.Meetings;

// The single words and short phrases a period is made of ("march", "2021", "q3", "last quarter").
// A month or quarter without a year is kept open so a range can lend it the other end's year.
internal sealed record PeriodPart(DateOnly From, DateOnly To, int? OpenMonth = null, int? OpenQuarter = null)
{
    public bool IsOpen => OpenMonth is not null || OpenQuarter is not null;

    public PeriodPart InYear(int year) => OpenMonth is { } m ? Month(year, m) : OpenQuarter is { } q ? Quarter(year, q) : this;

    // Alone, an open month means its most recent occurrence that has begun ("since March" in February = last March).
    public PeriodPart MostRecent(DateOnly today)
    {
        if (!IsOpen) return this;
        var thisYear = InYear(today.Year);
        return thisYear.From <= today ? thisYear : InYear(today.Year - 1);
    }

    public int StartMonth => OpenMonth ?? (OpenQuarter is { } q ? (q - 1) * 3 + 1 : From.Month);

    public static PeriodPart Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    public static PeriodPart Quarter(int year, int quarter)
    {
        var from = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(from, from.AddMonths(3).AddDays(-1));
    }

    public static PeriodPart Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}

internal static partial class PeriodWords
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12]
        .Select(m => m.ToLowerInvariant()).ToArray();

    public static int? Month(string word)
    {
        if (word.Length < 3) return null;
        if (word == "sept") return 9;
        for (var i = 0; i < 12; i++)
        {
            if (MonthNames[i] == word || (word.Length == 3 && MonthNames[i].StartsWith(word, StringComparison.Ordinal))) return i + 1;
        }
        return null;
    }

    public static int? Year(string word) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null;

    public static int? Quarter(string word) => QuarterPattern().Match(word) is { Success: true } m ? m.Groups[1].Value[0] - '0' : null;

    public static int? Day(string word) =>
        DayPattern().Match(word) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var d
            && d is >= 1 and <= 31 ? d : null;

    public static bool IsPeriodWord(string word) => Month(word) is not null || Year(word) is not null || Quarter(word) is not null;

    // "2021-03" or "2021-03-15".
    public static PeriodPart? Iso(string word)
    {
        var m = IsoPattern().Match(word);
        if (!m.Success || Year(m.Groups[1].Value) is not { } year) return null;
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        if (!m.Groups[3].Success) return PeriodPart.Month(year, month);
        var day = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateOnly(year, month, day);
        return new PeriodPart(date, date);
    }

    public static bool IsIso(string word) => IsoPattern().IsMatch(word);

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)?\.?$")]
    private static partial Regex DayPattern();

    [GeneratedRegex("^q([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")]
    private static partial Regex IsoPattern();
}
