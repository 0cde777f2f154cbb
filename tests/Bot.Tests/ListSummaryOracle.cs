using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Bot.Tests;

// The summary as it was computed before it streamed, kept here only as the oracle of the tally: every meeting of the
// period in one list sorted by date, partition and id (as the store's InDateOrderAsync returns them), then LINQ over it.
public static class ListSummaryOracle
{
    public static MeetingSummaryView Build(IReadOnlyList<Meeting> meetings, string scope, Period period, DateOnly today, string query)
    {
        var sorted = meetings
            .OrderBy(m => m.Date).ThenBy(m => m.PartitionKey, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => m with { ActionItems = m.ActionItems.OrderBy(i => i.Id, StringComparer.Ordinal).ToList() })
            .ToList();
        var organisations = Distinct(sorted.SelectMany(m => m.Organisations));
        var goodPractices = Distinct(sorted.SelectMany(m => m.GoodPractices));
        var byType = sorted.Aggregate(ParticipantCounts.None, (sum, m) => sum.Add(m.ParticipantsByType));
        var instruments = sorted.Where(m => m.PolicyChangeObserved).Select(m => (m.PartitionKey, MeetingKeys.Slug(m.PolicyInstrument))).Distinct().Count();
        var latestFirst = sorted.OrderByDescending(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var open = sorted
            .SelectMany(m => m.ActionItems.Where(i => !i.Done).Select(i => (Meeting: m, Item: i)))
            .OrderByDescending(a => a.Item.IsOverdue(today)).ThenBy(a => a.Item.Due).ThenBy(a => a.Item.What, StringComparer.Ordinal)
            .ToList();
        return new MeetingSummaryView(
            scope,
            period.Label,
            new InterregCounts(sorted.Count, sorted.Sum(m => m.ParticipantsTotal), organisations.Count, goodPractices.Count, instruments),
            MeetingChoices.StakeholderTypes.Select(t => (t.Title, MeetingSummaryViewBuilder.CountOf(byType, t.Value))).ToList(),
            MeetingChoices.MeetingTypes.Select(t => (t.Title, sorted.Count(m => m.MeetingType == t.Value))).Where(t => t.Item2 > 0).ToList(),
            latestFirst.Take(12).Select(MeetingSummaryViewBuilder.LineOf).ToList(),
            Math.Max(0, latestFirst.Count - 12),
            organisations.Take(40).ToList(),
            Math.Max(0, organisations.Count - 40),
            open.Take(15).Select(a => MeetingSummaryViewBuilder.ActionLineOf(a.Meeting, a.Item, today)).ToList(),
            Math.Max(0, open.Count - 15),
            query,
            Timeline: Timeline(sorted, period));
    }

    // Every quarter of the period with its meetings and participants (years when there are more than twelve quarters).
    private static List<TimelinePoint> Timeline(IReadOnlyList<Meeting> sorted, Period period)
    {
        if (sorted.Count == 0) return [];
        var start = period.From == Period.Earliest ? sorted[0].Date : period.From;
        var quarters = new List<(int Year, int Quarter)>();
        for (var day = new DateOnly(start.Year, (start.Month - 1) / 3 * 3 + 1, 1); day <= period.To; day = day.AddMonths(3))
            quarters.Add((day.Year, (day.Month - 1) / 3 + 1));
        if (quarters.Count > 12)
        {
            return Enumerable.Range(quarters[0].Year, quarters[^1].Year - quarters[0].Year + 1)
                .Select(year => new TimelinePoint($"{year}", sorted.Count(m => m.Date.Year == year),
                    sorted.Where(m => m.Date.Year == year).Sum(m => m.ParticipantsTotal)))
                .ToList();
        }
        return quarters.Select(q =>
        {
            var inQuarter = sorted.Where(m => m.Date.Year == q.Year && (m.Date.Month - 1) / 3 + 1 == q.Quarter).ToList();
            return new TimelinePoint($"Q{q.Quarter} {q.Year}", inQuarter.Count, inQuarter.Sum(m => m.ParticipantsTotal));
        }).ToList();
    }

    private static List<string> Distinct(IEnumerable<string> names) => names
        .GroupBy(MeetingKeys.Slug)
        .Select(g => g.First())
        .OrderBy(n => n, StringComparer.CurrentCultureIgnoreCase)
        .ToList();
}
