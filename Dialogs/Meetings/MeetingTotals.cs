using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// The period's figures, computed on the client from the meetings read (Table Storage has no aggregates).
public sealed record MeetingTotals(
    int EventsHeld,
    int Participants,
    ParticipantCounts ParticipantsByType,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> GoodPractices,
    int PolicyInstrumentsChanged,
    IReadOnlyList<(string Type, int Count)> MeetingsByType)
{
    public static MeetingTotals Of(IReadOnlyCollection<Meeting> meetings) => new(
        meetings.Count,
        meetings.Sum(m => m.ParticipantsTotal),
        meetings.Aggregate(ParticipantCounts.None, (sum, m) => sum.Add(m.ParticipantsByType)),
        Distinct(meetings.SelectMany(m => m.Organisations)),
        Distinct(meetings.SelectMany(m => m.GoodPractices)),
        // A policy instrument counts once per territory: per project and partner, however often it moved.
        meetings.Where(m => m.PolicyChangeObserved)
            .Select(m => (m.PartitionKey, MeetingKeys.Slug(m.PolicyInstrument))).Distinct().Count(),
        MeetingChoices.MeetingTypes
            .Select(t => (t.Title, meetings.Count(m => m.MeetingType == t.Value)))
            .Where(t => t.Item2 > 0).ToList());

    public InterregCounts Interreg => new(EventsHeld, Participants, Organisations.Count, GoodPractices.Count, PolicyInstrumentsChanged);

    // "Chamber of Commerce Milan" and "chamber of commerce  milan" are one organisation; the first spelling is kept.
    private static List<string> Distinct(IEnumerable<string> names) => names
        .GroupBy(MeetingKeys.Slug)
        .Select(g => g.First())
        .OrderBy(n => n, StringComparer.CurrentCultureIgnoreCase)
        .ToList();
}
