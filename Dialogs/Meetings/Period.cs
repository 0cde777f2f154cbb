using System.Globalization;

namespace StakeholderBot.Dialogs.Meetings;

// An inclusive range of days, with a label people read on the summary card.
public sealed record Period(DateOnly From, DateOnly To)
{
    public static readonly DateOnly Earliest = new(2014, 1, 1);

    public bool Contains(DateOnly day) => day >= From && day <= To;

    // No period asked for: every meeting so far, as `survey results` takes every response so far.
    public static Period SoFar(DateOnly today) => new(Earliest, today);

    public string Label
    {
        get
        {
            if (From.Day == 1 && To == From.AddMonths(1).AddDays(-1)) return Format(From, "MMMM yyyy");
            if (From.Day == 1 && From.Month == 1 && To == From.AddYears(1).AddDays(-1)) return Format(From, "yyyy");
            if (From == To) return Format(From, "d MMMM yyyy");
            if (From == Earliest) return "up to " + Format(To, "d MMM yyyy");
            return Format(From, "d MMM yyyy") + " – " + Format(To, "d MMM yyyy");
        }
    }

    private static string Format(DateOnly date, string pattern) => date.ToString(pattern, CultureInfo.InvariantCulture);
}
