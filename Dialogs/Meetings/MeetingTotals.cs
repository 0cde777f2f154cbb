using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// The period's figures, computed on the client as the meetings stream in (Table Storage has no aggregates);
// organisations and good practices are the distinct names, sorted (see DistinctNames).
public sealed record MeetingTotals(
    int EventsHeld,
    int Participants,
    ParticipantCounts ParticipantsByType,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> GoodPractices,
    int PolicyInstrumentsChanged,
    IReadOnlyList<(string Type, int Count)> MeetingsByType)
{
    public static MeetingTotals Of(IEnumerable<Meeting> meetings)
    {
        var tally = new MeetingTally(DateOnly.MinValue);
        foreach (var meeting in meetings) tally.Add(meeting);
        return tally.Totals();
    }

    public InterregCounts Interreg => new(EventsHeld, Participants, Organisations.Count, GoodPractices.Count, PolicyInstrumentsChanged);
}
