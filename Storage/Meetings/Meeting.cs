namespace StakeholderBot.Storage.Meetings;

// One logged Regional Stakeholder Group meeting (or webinar, study visit...). Choice fields hold the
// stable codes from the form (e.g. "rsg", "online"), never display text, so reports can group on them.
public sealed record Meeting
{
    public required string Id { get; init; }
    public required string Project { get; init; }
    public required string Partner { get; init; }
    public required string Region { get; init; }

    // ISO 3166 alpha-2, lower case, so the meeting is found by its country whatever the region is called; empty for
    // meetings logged before it was asked (their country comes from the configured partner regions).
    public string Country { get; init; } = "";
    public required string PolicyInstrument { get; init; }
    public required string MeetingType { get; init; }
    public required DateOnly Date { get; init; }
    public required string Format { get; init; }
    public required string Language { get; init; }
    public required int ParticipantsTotal { get; init; }
    public ParticipantCounts ParticipantsByType { get; init; } = ParticipantCounts.None;
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public string Topics { get; init; } = "";
    public string Decisions { get; init; } = "";
    public IReadOnlyList<ActionItem> ActionItems { get; init; } = [];
    public IReadOnlyList<string> GoodPractices { get; init; } = [];
    public string ActionPlanStage { get; init; } = "";
    public bool PolicyChangeObserved { get; init; }
    public string PolicyChange { get; init; } = "";
    public string MinutesUrl { get; init; } = "";
    public string AttendanceUrl { get; init; } = "";
    public string Notes { get; init; } = "";

    // Stakeholders' questions may be answered from its decisions and participant counts (never the rest).
    public bool Shareable { get; init; }

    // Set by the store: who logged it, when, the version to edit against, and the form that last wrote it
    // (so a redelivered save recognises its own write instead of reporting a conflict).
    public string LoggedBy { get; init; } = "";
    public DateTimeOffset? UpdatedUtc { get; init; }
    public string ETag { get; init; } = "";
    public string LastFormId { get; init; } = "";

    public string PartitionKey => MeetingKeys.Partition(Project, Partner);
}

// Participants by stakeholder type; the sum may be below the total (unclassified participants).
public sealed record ParticipantCounts(int PublicAuthority, int BusinessSupport, int Sme, int Research, int Other)
{
    public static ParticipantCounts None { get; } = new(0, 0, 0, 0, 0);

    public int Sum => PublicAuthority + BusinessSupport + Sme + Research + Other;

    public ParticipantCounts Add(ParticipantCounts other) => new(
        PublicAuthority + other.PublicAuthority, BusinessSupport + other.BusinessSupport, Sme + other.Sme,
        Research + other.Research, Other + other.Other);
}

// A follow-up agreed at a meeting. Stored as its own entity so it can be listed and closed on its own.
// SnoozedUntil: the manager asked not to be reminded of it before that day.
public sealed record ActionItem(string Id, string What, string Owner, DateOnly Due, bool Done = false, string ETag = "", DateOnly? SnoozedUntil = null)
{
    public bool IsOverdue(DateOnly today) => !Done && Due < today;
}

// An action item with where it lives, as listings return it.
public sealed record StoredActionItem(string PartitionKey, string RowKey, string MeetingId, DateOnly MeetingDate, ActionItem Item);
