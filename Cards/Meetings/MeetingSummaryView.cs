namespace StakeholderBot.Cards.Meetings;

// A period's meetings as the summary card shows them; lists are already cut to what fits on a card,
// with the number left out, so the card stays well under Teams' message size.
public sealed record MeetingSummaryView(
    string Scope,
    string Period,
    InterregCounts Counts,
    IReadOnlyList<(string Label, int Count)> ParticipantsByType,
    IReadOnlyList<(string Label, int Count)> MeetingsByType,
    IReadOnlyList<MeetingLine> Meetings,
    int MoreMeetings,
    IReadOnlyList<string> Organisations,
    int MoreOrganisations,
    IReadOnlyList<OpenActionLine> OpenActions,
    int MoreOpenActions,
    string Query,
    string? Narrative = null,
    Uri? CsvUrl = null,
    string? Notice = null,
    IReadOnlyList<TimelinePoint>? Timeline = null);

// One bar of the summary's charts: a quarter ("Q1 2021") or a year, its meetings and their participants.
public sealed record TimelinePoint(string Label, int Meetings, int Participants);

// The figures a partner reports to Interreg Europe for the period.
public sealed record InterregCounts(int EventsHeld, int Participants, int Organisations, int GoodPractices, int PolicyInstrumentsChanged);

public sealed record MeetingLine(string Date, string Type, string Where, string KeyDecisions);

public sealed record OpenActionLine(string What, string Owner, string Due, bool Overdue, string Meeting,
    string PartitionKey, string RowKey, string ETag);
