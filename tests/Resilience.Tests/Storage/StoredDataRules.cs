using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.State;
using StakeholderBot.Storage.Surveys;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Dialogs.Welcome;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Storage;

// What every stored entity must look like after hostile traffic or an outage: each table's entities read back
// through the store that wrote them, the way the bot will read them on the next turn.
public static class StoredDataRules
{
    public static async Task<List<string>> CheckAsync(AzuriteFixture azurite)
    {
        var problems = new List<string>();
        foreach (var (table, entities) in await StoredData.ReadAllAsync(azurite))
        {
            foreach (var entity in entities)
            {
                var where = $"{table}({Cut(entity.PartitionKey)},{Cut(entity.RowKey)})";
                try
                {
                    if (await ReadAsync(table, entity, azurite.ConnectionString) is { } problem) problems.Add($"{where}: {problem}");
                }
                catch (Exception e) when (e is InvalidOperationException or InvalidDataException or ArgumentException or JsonException or FormatException)
                {
                    problems.Add($"{where}: {e.GetType().Name} {e.Message}");
                }
            }
        }
        return problems;
    }

    // Null when the entity reads back as its store expects, the reason otherwise.
    private static async Task<string?> ReadAsync(string table, TableEntity entity, string connectionString)
    {
        if (table.EndsWith(ConversationReferenceStore.TableName, StringComparison.Ordinal))
        {
            var tables = Tables(connectionString, table, ConversationReferenceStore.TableName);
            var id = entity.GetString("ConversationId") ?? "";
            var serviceUrl = entity.GetString("ServiceUrl") ?? "";
            if (TableKey.Encode(id) != entity.PartitionKey) return "conversation id does not match its key";
            if (ConversationReferenceStore.RowKeyOf(serviceUrl) != entity.RowKey) return "service URL does not match its key";
            var reference = await new ConversationReferenceStore(tables).GetAsync(id, serviceUrl);
            if (reference is null) return "not found by its own conversation id and service URL";
            return Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? null
                : $"service URL '{Cut(reference.ServiceUrl)}' is not http(s)";
        }
        if (table.EndsWith("ConversationState", StringComparison.Ordinal))
        {
            var tables = Tables(connectionString, table, "ConversationState");
            var flow = entity.GetString("Flow") ?? "";
            if (entity.RowKey.StartsWith("applied", StringComparison.Ordinal))
                return string.IsNullOrEmpty(entity.GetString("ActivityId")) ? "marker without activity id" : null;
            var conversation = TableKey.Decode(entity.PartitionKey);
            // A conversation id too long for a key is stored shortened with a hash: the row cannot name its key,
            // so its JSON is read as the store would (Parts, Json0..n).
            if (TableKey.Encode(conversation) != entity.PartitionKey)
                return StateRules.Check(JsonDocument.Parse(string.Concat(
                    Enumerable.Range(0, entity.GetInt32("Parts") ?? 0).Select(i => entity.GetString("Json" + i)))).RootElement, flow);
            var key = new ConversationStateKey(conversation, entity.GetString("UserId") ?? "", flow);
            return await StateRules.ReadAsync(new ConversationStateStore(tables), key);
        }
        if (table.EndsWith(SurveyResponseStore.Table, StringComparison.Ordinal))
        {
            var tables = Tables(connectionString, table, SurveyResponseStore.Table);
            var surveyId = entity.GetString("SurveyId") ?? "";
            var region = entity.GetString("Region") ?? "";
            if (SurveyResponseStore.PartitionKey(surveyId, region) != entity.PartitionKey) return "survey and region do not match the key";
            var responses = await new SurveyResponseStore(tables).ListAsync(surveyId, region);
            var mine = responses.SingleOrDefault(r => TableKey.Encode(r.ResponseId) == entity.RowKey);
            if (mine is null) return "not listed by the response store";
            return mine.Answers.Count == 0 ? "a response without answers" : null;
        }
        if (table.EndsWith(SurveyContactStore.Table, StringComparison.Ordinal))
        {
            var store = new SurveyContactStore(Tables(connectionString, table, SurveyContactStore.Table));
            var contacts = await store.ForRespondentAsync(entity.GetString("Respondent") ?? "");
            return contacts.Any(c => TableKey.Encode(c.SurveyId) == entity.RowKey && c.Email.Contains('@'))
                ? null : "contact not found under its respondent's code, or without an address";
        }
        if (table.EndsWith(MeetingStore.DefaultTable, StringComparison.Ordinal))
        {
            var kind = entity.GetString("Kind");
            if (kind == "action") return string.IsNullOrEmpty(entity.GetString("What")) ? "action item without text" : null;
            if (kind != "meeting") return null; // pointers, partner directory, change log
            var store = new MeetingStore(Tables(connectionString, table, MeetingStore.DefaultTable), TimeProvider.System);
            var meeting = await store.GetAsync(entity.PartitionKey, entity.GetString("Id") ?? "", CancellationToken.None);
            if (meeting is null) return "meeting not found through its pointer row";
            return meeting.Date == default || meeting.Project.Length == 0 || meeting.ParticipantsTotal < meeting.ParticipantsByType.Sum
                ? "meeting without a date or project, or with more participants by type than in total" : null;
        }
        return null;
    }

    // The stores as the bot built them: same account, same table prefix.
    private static StorageTables Tables(string connectionString, string table, string logicalName)
    {
        var options = new StorageOptions { ConnectionString = connectionString, TablePrefix = table[..^logicalName.Length] };
        return new StorageTables(options.CreateServiceClient(), options);
    }

    private static string Cut(string text) => text.Length > 80 ? text[..80] + "…" : text;
}

// Per flow: the state read back as the type that flow keeps, through the store.
public static class StateRules
{
    public static async Task<string?> ReadAsync(ConversationStateStore store, ConversationStateKey key) => key.Flow switch
    {
        SurveyProgressStore.Flow => Check(await store.GetAsync<SurveyProgress>(key), p =>
            p.SurveyId.Length == 0 || p.ResponseId.Length == 0 ? "survey progress without survey or response id"
            : p.Page < 0 ? $"survey progress on page {p.Page}" : null),
        "welcome" => Check(await store.GetAsync<WelcomeFlow.Welcomed>(key), w => w.At == default ? "welcome without a time" : null),
        _ => Check(await store.GetAsync<JsonElement>(key), e => e.ValueKind == JsonValueKind.Object ? null : $"{key.Flow} state is a {e.ValueKind}"),
    };

    public static string? Check(JsonElement state, string flow) =>
        state.ValueKind == JsonValueKind.Object ? null : $"{flow} state is a {state.ValueKind}, not an object";

    private static string? Check<T>(StoredState<T>? stored, Func<T, string?> rule) =>
        stored is null ? "state row not found by its own key" : rule(stored.State);
}
