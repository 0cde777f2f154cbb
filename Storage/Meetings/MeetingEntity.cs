namespace StakeholderBot.Storage.Meetings;

// A row of a partition's date range (MeetingKeys): a meeting (Kind "meeting") or one of its action items (Kind
// "action"). One class for both because a range query returns them interleaved. Each kind sets only its own
// properties; the rest stay null, and null properties are neither stored nor, in a merge, changed.
public sealed class MeetingEntity : TableRow
{
    public string? Kind { get; set; }
    public string? MeetingDate { get; set; }

    // Meeting rows.
    public int? SchemaVersion { get; set; }
    public string? Id { get; set; }
    public string? Project { get; set; }
    public string? Partner { get; set; }
    public string? Region { get; set; }
    public string? Country { get; set; }
    public string? PolicyInstrument { get; set; }
    public string? MeetingType { get; set; }
    public string? Format { get; set; }
    public string? Language { get; set; }
    public int? ParticipantsTotal { get; set; }
    public int? ParticipantsPublicAuthority { get; set; }
    public int? ParticipantsBusinessSupport { get; set; }
    public int? ParticipantsSme { get; set; }
    public int? ParticipantsResearch { get; set; }
    public int? ParticipantsOther { get; set; }
    public string? Organisations { get; set; }
    public string? Topics { get; set; }
    public string? Decisions { get; set; }
    public string? GoodPractices { get; set; }
    public string? ActionPlanStage { get; set; }
    public bool? PolicyChangeObserved { get; set; }
    public string? PolicyChange { get; set; }
    public string? MinutesUrl { get; set; }
    public string? AttendanceUrl { get; set; }
    public string? Notes { get; set; }
    public bool? Shareable { get; set; }
    public string? LoggedBy { get; set; }
    public DateTimeOffset? UpdatedUtc { get; set; }
    public string? LastFormId { get; set; }

    // Action item rows (Done, DoneBy and DoneUtc are also written on their own by ActionItemDone).
    public string? MeetingId { get; set; }
    public string? ItemId { get; set; }
    public string? What { get; set; }
    public string? Owner { get; set; }
    public string? Due { get; set; }
    public bool? Done { get; set; }
    public string? DoneBy { get; set; }
    public DateTimeOffset? DoneUtc { get; set; }
    public string? SnoozedUntil { get; set; }
}
