using System.Globalization;
using System.Text.Json;
using Azure;

namespace StakeholderBot.Storage.Meetings;

// Meeting <-> table entities. Lists are JSON arrays in one property; dates are ISO strings (DateOnly has
// no Edm type) so they read the same in Storage Explorer and in the CSV.
public static class MeetingEntities
{
    public const int SchemaVersion = 1;
    private const string MeetingKind = "meeting";
    private const string ActionKind = "action";

    public static MeetingEntity ToEntity(Meeting m) => new()
    {
        PartitionKey = m.PartitionKey,
        RowKey = MeetingKeys.MeetingRow(m.Date, m.Id),
        Kind = MeetingKind,
        SchemaVersion = SchemaVersion,
        Id = m.Id,
        Project = m.Project,
        Partner = m.Partner,
        Region = m.Region,
        Country = m.Country,
        PolicyInstrument = m.PolicyInstrument,
        MeetingType = m.MeetingType,
        MeetingDate = Iso(m.Date),
        Format = m.Format,
        Language = m.Language,
        ParticipantsTotal = m.ParticipantsTotal,
        ParticipantsPublicAuthority = m.ParticipantsByType.PublicAuthority,
        ParticipantsBusinessSupport = m.ParticipantsByType.BusinessSupport,
        ParticipantsSme = m.ParticipantsByType.Sme,
        ParticipantsResearch = m.ParticipantsByType.Research,
        ParticipantsOther = m.ParticipantsByType.Other,
        Organisations = JsonSerializer.Serialize(m.Organisations),
        Topics = m.Topics,
        Decisions = m.Decisions,
        GoodPractices = JsonSerializer.Serialize(m.GoodPractices),
        ActionPlanStage = m.ActionPlanStage,
        PolicyChangeObserved = m.PolicyChangeObserved,
        PolicyChange = m.PolicyChange,
        MinutesUrl = m.MinutesUrl,
        AttendanceUrl = m.AttendanceUrl,
        Notes = m.Notes,
        Shareable = m.Shareable,
        LoggedBy = m.LoggedBy,
        UpdatedUtc = m.UpdatedUtc ?? DateTimeOffset.UnixEpoch,
        LastFormId = m.LastFormId,
    };

    public static Meeting ToMeeting(MeetingEntity e, IReadOnlyList<ActionItem> items) => new()
    {
        Id = e.Id ?? "",
        Project = e.Project ?? "",
        Partner = e.Partner ?? "",
        Region = e.Region ?? "",
        Country = e.Country ?? "",
        PolicyInstrument = e.PolicyInstrument ?? "",
        MeetingType = e.MeetingType ?? "",
        Date = Date(e.MeetingDate),
        Format = e.Format ?? "",
        Language = e.Language ?? "",
        ParticipantsTotal = e.ParticipantsTotal ?? 0,
        ParticipantsByType = new ParticipantCounts(
            e.ParticipantsPublicAuthority ?? 0, e.ParticipantsBusinessSupport ?? 0, e.ParticipantsSme ?? 0, e.ParticipantsResearch ?? 0,
            e.ParticipantsOther ?? 0),
        Organisations = List(e.Organisations),
        Topics = e.Topics ?? "",
        Decisions = e.Decisions ?? "",
        ActionItems = items,
        GoodPractices = List(e.GoodPractices),
        ActionPlanStage = e.ActionPlanStage ?? "",
        PolicyChangeObserved = e.PolicyChangeObserved ?? false,
        PolicyChange = e.PolicyChange ?? "",
        MinutesUrl = e.MinutesUrl ?? "",
        AttendanceUrl = e.AttendanceUrl ?? "",
        Notes = e.Notes ?? "",
        // Meetings logged before sharing existed stay internal.
        Shareable = e.Shareable ?? false,
        LoggedBy = e.LoggedBy ?? "",
        UpdatedUtc = e.UpdatedUtc,
        ETag = e.ETag.ToString(),
        LastFormId = e.LastFormId ?? "",
    };

    // Done is left out (null) unless asked for, so rewriting an item's text (a merge) keeps its status.
    public static MeetingEntity ToEntity(Meeting m, ActionItem item, bool withStatus) => new()
    {
        PartitionKey = m.PartitionKey,
        RowKey = MeetingKeys.ActionRow(m.Date, m.Id, item.Id),
        Kind = ActionKind,
        MeetingId = m.Id,
        MeetingDate = Iso(m.Date),
        ItemId = item.Id,
        What = item.What,
        Owner = item.Owner,
        Due = Iso(item.Due),
        Done = withStatus ? item.Done : null,
    };

    public static ActionItem ToActionItem(MeetingEntity e) =>
        new(e.ItemId ?? "", e.What ?? "", e.Owner ?? "", Date(e.Due), e.Done ?? false, e.ETag.ToString(),
            string.IsNullOrEmpty(e.SnoozedUntil) ? null : Date(e.SnoozedUntil));

    public static StoredActionItem ToStoredActionItem(MeetingEntity e) =>
        new(e.PartitionKey, e.RowKey, e.MeetingId ?? "", Date(e.MeetingDate), ToActionItem(e));

    public static bool IsMeeting(MeetingEntity e) => e.Kind == MeetingKind;

    public static bool IsAction(MeetingEntity e) => e.Kind == ActionKind;

    public static ETag Tag(string etag) => string.IsNullOrEmpty(etag) ? default : new ETag(etag);

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : default;

    private static IReadOnlyList<string> List(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try { return JsonSerializer.Deserialize<List<string>>(json) ?? []; }
        catch (JsonException) { return []; }
    }
}
