using System.Globalization;

namespace StakeholderBot.Dialogs.Meetings;

// One end of a period: a date, month, quarter or year, or a phrase relative to today.
internal static class PeriodPhrases
{
    public static (PeriodPart Part, int Used)? Part(List<string> t, int i, DateOnly today)
    {
        string At(int k) => k < t.Count ? t[k] : "";
        if (Relative(At(i), At(i + 1), At(i + 2), today) is { } relative) return relative;
        if (PeriodWords.Iso(At(i)) is { } iso) return (iso, 1);
        if (PeriodWords.Year(At(i)) is { } year) return (PeriodPart.Year(year), 1);
        if (PeriodWords.Quarter(At(i)) is { } quarter)
        {
            return PeriodWords.Year(At(i + 1)) is { } qYear
                ? (PeriodPart.Quarter(qYear, quarter), 2)
                : (new PeriodPart(default, default, OpenQuarter: quarter), 1);
        }
        // "15 March 2021"
        if (PeriodWords.Day(At(i)) is { } day && PeriodWords.Month(At(i + 1)) is { } dayMonth && PeriodWords.Year(At(i + 2)) is { } dayYear)
        {
            return day <= DateTime.DaysInMonth(dayYear, dayMonth)
                ? (new PeriodPart(new DateOnly(dayYear, dayMonth, day), new DateOnly(dayYear, dayMonth, day)), 3)
                : null;
        }
        if (PeriodWords.Month(At(i)) is { } month)
        {
            return PeriodWords.Year(At(i + 1)) is { } monthYear
                ? (PeriodPart.Month(monthYear, month), 2)
                : (new PeriodPart(default, default, OpenMonth: month), 1);
        }
        return null;
    }

    private static (PeriodPart, int)? Relative(string w0, string w1, string w2, DateOnly today)
    {
        if (w0 == "today") return (new PeriodPart(today, today), 1);
        if (w0 == "yesterday") return (new PeriodPart(today.AddDays(-1), today.AddDays(-1)), 1);
        if (w0 is "ytd") return (new PeriodPart(new DateOnly(today.Year, 1, 1), today), 1);
        if (w0 is "this" or "current")
        {
            return w1 switch
            {
                "month" => (PeriodPart.Month(today.Year, today.Month), 2),
                "quarter" => (PeriodPart.Quarter(today.Year, (today.Month + 2) / 3), 2),
                "year" => (PeriodPart.Year(today.Year), 2),
                "week" => (new PeriodPart(WeekStart(today), WeekStart(today).AddDays(6)), 2),
                _ => null,
            };
        }
        if (w0 is not ("last" or "past" or "previous")) return null;
        if (int.TryParse(w1, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000)
        {
            DateOnly? from = w2.TrimEnd('s') switch
            {
                "day" => today.AddDays(1 - n),
                "week" => today.AddDays(1 - 7 * n),
                "month" => today.AddMonths(-n).AddDays(1),
                "year" => today.AddYears(-n).AddDays(1),
                _ => null,
            };
            return from is { } f ? (new PeriodPart(f, today), 3) : null;
        }
        return w1 switch
        {
            "month" => (PeriodPart.Month(today.AddMonths(-1).Year, today.AddMonths(-1).Month), 2),
            "quarter" => LastQuarter(today),
            "year" => (PeriodPart.Year(today.Year - 1), 2),
            "week" => (new PeriodPart(WeekStart(today).AddDays(-7), WeekStart(today).AddDays(-1)), 2),
            _ => null,
        };
    }

    private static (PeriodPart, int) LastQuarter(DateOnly today)
    {
        var startOfThis = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var start = startOfThis.AddMonths(-3);
        return (PeriodPart.Quarter(start.Year, (start.Month + 2) / 3), 2);
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
