using System.Text.Json;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.State;

// Table layout: one partition per conversation. The state row holds the JSON, split over as many string
// properties (Json0, Json1...) as its length needs, so it is a dictionary entity rather than a typed one; an
// "applied" marker row per activity (ReplayMarker) records that this activity's write happened, and when
// (ReplayMarkerSweep removes it after the retention).
internal static class StateEntity
{
    public const string Table = "ConversationState";
    private const string PartsName = "Parts";
    public const string RespondentName = "Respondent";
    private const string PartPrefix = "Json";
    private const int MaxParts = 15; // 15 x 64 KiB stays under the 1 MiB entity limit

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string PartitionKey(ConversationStateKey key) => PartitionKey(key.ConversationId);

    public static string PartitionKey(string conversationId) => TableKey.Encode(conversationId);

    public static string RowKey(ConversationStateKey key) => TableKey.Join("state", key.UserId, key.Flow);

    // The marker's key is the activity itself, not a time: a redelivery must land on the same row to conflict.
    public static string MarkerRowKey(ConversationStateKey key, string activityId) => TableKey.Join(MarkerKind, key.UserId, key.Flow, activityId);

    // Every marker row key of a partition lies in [MarkersFrom, MarkersTo); state rows ("state~~...") do not.
    private const string MarkerKind = "applied";
    public static readonly string MarkersFrom = TableKey.Join(MarkerKind, "");
    public const string MarkersTo = "appliee";

    // The markers one user's saves of one flow left in a partition lie in [from, to).
    public static (string From, string To) MarkersOf(string userId, string flow)
    {
        var from = TableKey.Join(MarkerKind, userId, flow, "");
        return (from, from + "\uFFFF");
    }

    public static bool IsState(string rowKey) => rowKey.StartsWith(TableKey.Join("state", ""), StringComparison.Ordinal);

    // An erased state's row, until ConversationStateStore.RemoveErasureMarksAsync removes it: no content, no person,
    // only a new Erased generation and when. A state written over it carries the generation on as its Erasure.
    public const string ErasedName = "Erased";
    private const string ErasedUtcName = "ErasedUtc";
    private const string ErasureName = "Erasure";

    public static TableEntity ErasureMark(ConversationStateKey key, DateTimeOffset now) => new(PartitionKey(key), RowKey(key))
    {
        [ErasedName] = Guid.NewGuid().ToString("N"),
        [ErasedUtcName] = now,
    };

    public static bool IsErasureMark(TableEntity entity) => entity.ContainsKey(ErasedName);

    // The generation of the last erase a row comes from; "" for a state never erased.
    public static string ErasureOf(TableEntity entity) => entity.GetString(ErasedName) ?? entity.GetString(ErasureName) ?? "";

    public static TableEntity Create<T>(ConversationStateKey key, T state, string activityId, string? erasure = null)
    {
        var json = JsonSerializer.Serialize(state, Json);
        var parts = json.Chunk(EntityRules.MaxStringChars).Select(c => new string(c)).ToList();
        if (parts.Count > MaxParts)
            throw new ArgumentException($"The {key.Flow} state is {json.Length:N0} characters of JSON; at most {MaxParts * EntityRules.MaxStringChars:N0} fit in one entity.", nameof(state));

        var entity = new TableEntity(PartitionKey(key), RowKey(key))
        {
            ["Flow"] = key.Flow,
            ["UserId"] = key.UserId,
            ["ActivityId"] = activityId,
            [PartsName] = parts.Count,
        };
        if (key.Respondent is { Length: > 0 } respondent) entity[RespondentName] = respondent;
        if (erasure is { Length: > 0 }) entity[ErasureName] = erasure;
        for (var i = 0; i < parts.Count; i++) entity[PartPrefix + i] = parts[i];
        return entity;
    }

    public static ReplayMarker Marker(ConversationStateKey key, string activityId, DateTimeOffset appliedAt) => new()
    {
        PartitionKey = PartitionKey(key),
        RowKey = MarkerRowKey(key, activityId),
        ActivityId = activityId,
        Flow = key.Flow,
        AppliedAt = appliedAt,
    };

    public static T Read<T>(ConversationStateKey key, TableEntity entity)
    {
        var count = entity.GetInt32(PartsName) ?? 0;
        var json = string.Concat(Enumerable.Range(0, count).Select(i => entity.GetString(PartPrefix + i)));
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json)
                ?? throw new InvalidDataException($"The stored {key.Flow} state is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The stored {key.Flow} state cannot be read as {typeof(T).Name}: {e.Message}", e);
        }
    }
}
