using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// A period's meetings folded in one at a time, in any order, into what the summary card and the narrative need:
// counts and sums, distinct names, the latest meetings and the most urgent open action items. It holds the distinct
// names and a few dozen meetings, never the period's meetings. The result is the same whatever the arrival order:
// every tie is broken down to date, partition and id, as when the meetings were read into one sorted list.
public sealed class MeetingTally(DateOnly today, int latestKept = MeetingSummaryViewBuilder.MeetingsShown)
{
    private readonly DistinctNames organisations = new();
    private readonly DistinctNames goodPractices = new();
    private readonly HashSet<(string PartitionKey, string Instrument)> instrumentsChanged = [];
    private readonly Dictionary<string, int> byType = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, (int Meetings, int Participants)> byQuarter = [];
    private readonly TopList<Keyed> latest = new(Math.Max(latestKept, MeetingSummaryViewBuilder.MeetingsShown), LatestFirst);
    private readonly TopList<OpenItem> urgent = new(MeetingSummaryViewBuilder.ActionsShown, MostUrgentFirst(today));
    private ParticipantCounts participantsByType = ParticipantCounts.None;

    public DateOnly Today => today;

    public int EventsHeld { get; private set; }

    public int Participants { get; private set; }

    public int OpenActions { get; private set; }

    // The latest meetings (up to latestKept, at least the card's 12), latest first, ties by id then partition.
    public IReadOnlyList<Meeting> Latest => latest.Items.Select(k => k.Meeting).ToList();

    // The open action items the card lists, overdue first, then by due date and text.
    public IReadOnlyList<(Meeting Meeting, ActionItem Item)> MostUrgent => urgent.Items.Select(o => (o.Meeting.Meeting, o.Item)).ToList();

    public void Add(Meeting meeting)
    {
        var keyed = new Keyed(meeting, meeting.PartitionKey);
        EventsHeld++;
        Participants += meeting.ParticipantsTotal;
        participantsByType = participantsByType.Add(meeting.ParticipantsByType);
        for (var i = 0; i < meeting.Organisations.Count; i++) organisations.Add(meeting.Organisations[i], new(meeting.Date, keyed.PartitionKey, meeting.Id, i));
        for (var i = 0; i < meeting.GoodPractices.Count; i++) goodPractices.Add(meeting.GoodPractices[i], new(meeting.Date, keyed.PartitionKey, meeting.Id, i));
        // A policy instrument counts once per territory: per project and partner, however often it moved.
        if (meeting.PolicyChangeObserved) instrumentsChanged.Add((keyed.PartitionKey, MeetingKeys.Slug(meeting.PolicyInstrument)));
        byType[meeting.MeetingType] = byType.GetValueOrDefault(meeting.MeetingType) + 1;
        var quarter = QuarterOf(meeting.Date);
        var (meetings, participants) = byQuarter.GetValueOrDefault(quarter);
        byQuarter[quarter] = (meetings + 1, participants + meeting.ParticipantsTotal);
        latest.Add(keyed);
        foreach (var item in meeting.ActionItems)
        {
            if (item.Done) continue;
            OpenActions++;
            urgent.Add(new OpenItem(keyed, item));
        }
    }

    public MeetingTotals Totals() => new(
        EventsHeld,
        Participants,
        participantsByType,
        organisations.Sorted(),
        goodPractices.Sorted(),
        instrumentsChanged.Count,
        MeetingChoices.MeetingTypes.Select(t => (t.Title, byType.GetValueOrDefault(t.Value))).Where(t => t.Item2 > 0).ToList());

    // Meetings and participants per quarter of the period (per year when that would be more than twelve
    // quarters), empty quarters included so the chart shows the gaps. A period from the very first day starts
    // at the first meeting.
    public IReadOnlyList<TimelinePoint> Timeline(Period period)
    {
        if (byQuarter.Count == 0) return [];
        var from = QuarterOf(period.From == Period.Earliest ? byQuarter.Keys.Min() : period.From);
        var to = QuarterOf(period.To);
        var quarters = (to.Year - from.Year) * 4 + (to.Month - from.Month) / 3 + 1;
        if (quarters <= MaxQuarters)
        {
            return Enumerable.Range(0, quarters).Select(i => from.AddMonths(3 * i)).Select(q =>
            {
                var (meetings, participants) = byQuarter.GetValueOrDefault(q);
                return new TimelinePoint($"Q{(q.Month - 1) / 3 + 1} {q.Year}", meetings, participants);
            }).ToList();
        }
        return Enumerable.Range(from.Year, to.Year - from.Year + 1).Select(year =>
        {
            var inYear = byQuarter.Where(q => q.Key.Year == year).Select(q => q.Value).ToList();
            return new TimelinePoint(year.ToString(System.Globalization.CultureInfo.InvariantCulture), inYear.Sum(v => v.Meetings), inYear.Sum(v => v.Participants));
        }).ToList();
    }

    private const int MaxQuarters = 12;

    private static DateOnly QuarterOf(DateOnly day) => new(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);

    private sealed record Keyed(Meeting Meeting, string PartitionKey);

    private sealed record OpenItem(Keyed Meeting, ActionItem Item);

    private static readonly Comparer<Keyed> LatestFirst = Comparer<Keyed>.Create((a, b) =>
    {
        var c = b.Meeting.Date.CompareTo(a.Meeting.Date);
        if (c == 0) c = string.CompareOrdinal(a.Meeting.Id, b.Meeting.Id);
        return c != 0 ? c : string.CompareOrdinal(a.PartitionKey, b.PartitionKey);
    });

    private static Comparer<OpenItem> MostUrgentFirst(DateOnly today) => Comparer<OpenItem>.Create((a, b) =>
    {
        var c = b.Item.IsOverdue(today).CompareTo(a.Item.IsOverdue(today));
        if (c == 0) c = a.Item.Due.CompareTo(b.Item.Due);
        if (c == 0) c = string.CompareOrdinal(a.Item.What, b.Item.What);
        // Then as the items of a date-ordered list of meetings would come.
        if (c == 0) c = a.Meeting.Meeting.Date.CompareTo(b.Meeting.Meeting.Date);
        if (c == 0) c = string.CompareOrdinal(a.Meeting.PartitionKey, b.Meeting.PartitionKey);
        if (c == 0) c = string.CompareOrdinal(a.Meeting.Meeting.Id, b.Meeting.Meeting.Id);
        return c != 0 ? c : string.CompareOrdinal(a.Item.Id, b.Item.Id);
    });
}
