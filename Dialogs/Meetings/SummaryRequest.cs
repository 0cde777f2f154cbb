using StakeholderBot.Cards.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// "meetings INTRA Lombardy last quarter": an optional project, an optional partner or region, an optional period
// (everything so far when none is given, as for survey results).
public sealed record SummaryRequest(string? Project, string Place, Period Period, bool PeriodGiven)
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "meetings", "meeting", "in", "for", "of", "the", "during", "at", "on", "from", "rsg", "partner", "region", "show", "all",
    };

    public static SummaryRequest Parse(string text, DateOnly today)
    {
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0] is "meetings" or "meeting") words.RemoveAt(0);
        var project = TakeProject(words);
        var found = PeriodParser.Extract(words, today);
        var place = string.Join(" ", found.Rest.Where(w => !Filler.Contains(w) && w != "-"));
        return new SummaryRequest(project, place, found.Period ?? Period.SoFar(today), found.Period is not null);
    }

    // Project names as people type them: "INTER VENTURES", "interventures", "UpGradeSME", "upgrade sme".
    private static string? TakeProject(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var one = Compact(words[i]);
            var two = i + 1 < words.Count ? one + Compact(words[i + 1]) : null;
            foreach (var project in MeetingChoices.Projects)
            {
                if (two == project.Value) { words.RemoveRange(i, 2); return project.Value; }
                if (one == project.Value) { words.RemoveAt(i); return project.Value; }
            }
        }
        return null;
    }

    private static string Compact(string word) => new(word.Where(char.IsLetterOrDigit).ToArray());
}
