using System.Globalization;
using System.Text.Json;
using Azure;
using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Storage.Meetings;

// Meeting <-> table entities. Lists are JSON arrays in one property; dates are ISO strings (DateOnly has
// no Edm type) so they read the same in Storage Explorer and in the CSV.
public static class MeetingEntities
{
    public const int SchemaVersion = 1;

    public static TableEntity ToEntity(Meeting m) => new(m.PartitionKey, MeetingKeys.MeetingRow(m.Date, m.Id))
    {
        ["Kind"] = "meeting",
        ["SchemaVersion"] = SchemaVersion,
        ["Id"] = m.Id,
        ["Project"] = m.Project,
        ["Partner"] = m.Partner,
        ["Region"] = m.Region,
        ["PolicyInstrument"] = m.PolicyInstrument,
        ["MeetingType"] = m.MeetingType,
        ["MeetingDate"] = Iso(m.Date),
        ["Format"] = m.Format,
        ["Language"] = m.Language,
        ["ParticipantsTotal"] = m.ParticipantsTotal,
        ["ParticipantsPublicAuthority"] = m.ParticipantsByType.PublicAuthority,
        ["ParticipantsBusinessSupport"] = m.ParticipantsByType.BusinessSupport,
        ["ParticipantsSme"] = m.ParticipantsByType.Sme,
        ["ParticipantsResearch"] = m.ParticipantsByType.Research,
        ["ParticipantsOther"] = m.ParticipantsByType.Other,
        ["Organisations"] = JsonSerializer.Serialize(m.Organisations),
        ["Topics"] = m.Topics,
        ["Decisions"] = m.Decisions,
        ["GoodPractices"] = JsonSerializer.Serialize(m.GoodPractices),
        ["ActionPlanStage"] = m.ActionPlanStage,
        ["PolicyChangeObserved"] = m.PolicyChangeObserved,
        ["PolicyChange"] = m.PolicyChange,
        ["MinutesUrl"] = m.MinutesUrl,
        ["AttendanceUrl"] = m.AttendanceUrl,
        ["Notes"] = m.Notes,
        ["Shareable"] = m.Shareable,
        ["LoggedBy"] = m.LoggedBy,
        ["UpdatedUtc"] = m.UpdatedUtc ?? DateTimeOffset.UnixEpoch,
        ["LastFormId"] = m.LastFormId,
    };

    public static Meeting ToMeeting(TableEntity e, IReadOnlyList<ActionItem> items) => new()
    {
        Id = e.GetString("Id") ?? "",
        Project = e.GetString("Project") ?? "",
        Partner = e.GetString("Partner") ?? "",
        Region = e.GetString("Region") ?? "",
        PolicyInstrument = e.GetString("PolicyInstrument") ?? "",
        MeetingType = e.GetString("MeetingType") ?? "",
        Date = Date(e.GetString("MeetingDate")),
        Format = e.GetString("Format") ?? "",
        Language = e.GetString("Language") ?? "",
        ParticipantsTotal = e.GetInt32("ParticipantsTotal") ?? 0,
        ParticipantsByType = new ParticipantCounts(
            e.GetInt32("ParticipantsPublicAuthority") ?? 0, e.GetInt32("ParticipantsBusinessSupport") ?? 0,
            e.GetInt32("ParticipantsSme") ?? 0, e.GetInt32("ParticipantsResearch") ?? 0, e.GetInt32("ParticipantsOther") ?? 0),
        Organisations = List(e.GetString("Organisations")),
        Topics = e.GetString("Topics") ?? "",
        Decisions = e.GetString("Decisions") ?? "",
        ActionItems = items,
        GoodPractices = List(e.GetString("GoodPractices")),
        ActionPlanStage = e.GetString("ActionPlanStage") ?? "",
        PolicyChangeObserved = e.GetBoolean("PolicyChangeObserved") ?? false,
        PolicyChange = e.GetString("PolicyChange") ?? "",
        MinutesUrl = e.GetString("MinutesUrl") ?? "",
        AttendanceUrl = e.GetString("AttendanceUrl") ?? "",
        Notes = e.GetString("Notes") ?? "",
        // Meetings logged before sharing existed stay internal.
        Shareable = e.GetBoolean("Shareable") ?? false,
        LoggedBy = e.GetString("LoggedBy") ?? "",
        UpdatedUtc = e.GetDateTimeOffset("UpdatedUtc"),
        ETag = e.ETag.ToString(),
        LastFormId = e.GetString("LastFormId") ?? "",
    };

    // Done is left out unless asked for, so rewriting an item's text (a merge) keeps its status.
    public static TableEntity ToEntity(Meeting m, ActionItem item, bool withStatus)
    {
        var entity = new TableEntity(m.PartitionKey, MeetingKeys.ActionRow(m.Date, m.Id, item.Id))
        {
            ["Kind"] = "action",
            ["MeetingId"] = m.Id,
            ["MeetingDate"] = Iso(m.Date),
            ["ItemId"] = item.Id,
            ["What"] = item.What,
            ["Owner"] = item.Owner,
            ["Due"] = Iso(item.Due),
        };
        if (withStatus) entity["Done"] = item.Done;
        return entity;
    }

    public static ActionItem ToActionItem(TableEntity e) => new(
        e.GetString("ItemId") ?? "", e.GetString("What") ?? "", e.GetString("Owner") ?? "",
        Date(e.GetString("Due")), e.GetBoolean("Done") ?? false, e.ETag.ToString());

    public static StoredActionItem ToStoredActionItem(TableEntity e) => new(
        e.PartitionKey, e.RowKey, e.GetString("MeetingId") ?? "", Date(e.GetString("MeetingDate")), ToActionItem(e));

    public static bool IsMeeting(TableEntity e) => e.GetString("Kind") == "meeting";

    public static bool IsAction(TableEntity e) => e.GetString("Kind") == "action";

    public static ETag Tag(string etag) => string.IsNullOrEmpty(etag) ? default : new ETag(etag);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : default;

    private static IReadOnlyList<string> List(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try { return JsonSerializer.Deserialize<List<string>>(json) ?? []; }
        catch (JsonException) { return []; }
    }
}
