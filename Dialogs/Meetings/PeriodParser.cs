namespace StakeholderBot.Dialogs.Meetings;

// Reads one period out of the words of a `meetings` request: "2021", "March", "March 2021", "Q3 2022",
// "2021-03", "last month", "this quarter", "last 6 months", "since March", "from Jan to Mar 2021",
// "between 2020 and 2021", "Jan-Mar 2021". The words it used are removed; the rest is left for the place.
public static class PeriodParser
{
    public sealed record Result(Period? Period, IReadOnlyList<string> Rest);

    public static Result Extract(IReadOnlyList<string> words, DateOnly today)
    {
        var tokens = Split(words);
        for (var start = 0; start < tokens.Count; start++)
        {
            if (Expression(tokens, start, today) is not { } found) continue;
            var rest = tokens.Take(start).Concat(tokens.Skip(start + found.Used)).ToList();
            return new Result(found.Period, rest);
        }
        return new Result(null, tokens);
    }

    private static (Period Period, int Used)? Expression(List<string> t, int i, DateOnly today)
    {
        string At(int k) => k < t.Count ? t[k] : "";
        if (At(i) is "since" or "after" && PeriodPhrases.Part(t, i + 1, today) is { } since)
        {
            var from = since.Part.MostRecent(today);
            var start = At(i) == "after" ? from.To.AddDays(1) : from.From;
            return (new Period(start, today), 1 + since.Used);
        }
        if (At(i) is "before" && PeriodPhrases.Part(t, i + 1, today) is { } before)
            return (new Period(Period.Earliest, before.Part.MostRecent(today).From.AddDays(-1)), 1 + before.Used);
        var lead = At(i) is "from" or "between" ? 1 : 0;
        if (PeriodPhrases.Part(t, i + lead, today) is not { } first) return null;
        var next = i + lead + first.Used;
        var joiners = lead == 1 && At(i) == "between" ? new[] { "and" } : ["to", "until", "till", "through", "-", "and"];
        if (joiners.Contains(At(next)) && PeriodPhrases.Part(t, next + 1, today) is { } second && (At(next) != "and" || lead == 1))
        {
            var (a, b) = Align(first.Part, second.Part, today);
            return a.From <= b.To ? (new Period(a.From, b.To), next + 1 + second.Used - i) : null;
        }
        if (lead == 1 && At(i) == "from") return (new Period(first.Part.MostRecent(today).From, today), 1 + first.Used);
        if (lead == 1) return null;
        var part = first.Part.MostRecent(today);
        return (new Period(part.From, part.To), first.Used);
    }

    // "March to May 2021": the open end takes the other end's year; "Nov to Feb 2022" starts in 2021.
    private static (PeriodPart, PeriodPart) Align(PeriodPart a, PeriodPart b, DateOnly today)
    {
        if (a.IsOpen && !b.IsOpen)
        {
            var year = a.StartMonth <= b.To.Month ? b.To.Year : b.To.Year - 1;
            return (a.InYear(year), b);
        }
        if (!a.IsOpen && b.IsOpen)
        {
            var year = b.StartMonth >= a.From.Month ? a.From.Year : a.From.Year + 1;
            return (a, b.InYear(year));
        }
        if (a.IsOpen && b.IsOpen)
        {
            var end = b.MostRecent(today);
            var startYear = a.StartMonth <= end.From.Month ? end.From.Year : end.From.Year - 1;
            return (a.InYear(startYear), end);
        }
        return (a, b);
    }

    // "jan-mar" and "2020-2021" become three words; ISO dates ("2021-03-15") stay whole.
    private static List<string> Split(IReadOnlyList<string> words)
    {
        var tokens = new List<string>();
        foreach (var raw in words)
        {
            var word = raw.Replace('–', '-').Trim(',', ';', '.', '?', '!');
            if (word.Length == 0) continue;
            var dash = word.IndexOf('-');
            if (dash > 0 && dash < word.Length - 1 && !PeriodWords.IsIso(word)
                && PeriodWords.IsPeriodWord(word[..dash]) && PeriodWords.IsPeriodWord(word[(dash + 1)..]))
            {
                tokens.AddRange([word[..dash], "-", word[(dash + 1)..]]);
            }
            else tokens.Add(word);
        }
        return tokens;
    }
}
