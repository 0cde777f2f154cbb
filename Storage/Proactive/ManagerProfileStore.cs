using Azure;
using Azure.Data.Tables;
using StakeholderBot.Storage.Privacy;

namespace StakeholderBot.Storage.Proactive;

// Where and when a project manager is reminded: their personal chat with the bot and the time zone their Teams
// client reported, kept up to date from their own turns; and whether they turned reminders off. Respondent is their
// respondent code; Name is only what rows written before names were dropped still hold.
public sealed record ManagerProfile(string UserKey, string Respondent, string ConversationId, string TimeZone, string Locale, bool RemindersOn)
{
    public string? Name { get; init; }
}

public sealed class ManagerProfileStore(StorageTables tables)
{
    public const string TableName = "ManagerProfiles";
    private const string Partition = "manager";

    // Where the manager was last seen; their reminders switch is left as it is (a merge).
    public Task SaveSeenAsync(ManagerProfile seen, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new ManagerProfileEntity
        {
            PartitionKey = Partition,
            RowKey = TableKey.Encode(seen.UserKey),
            Respondent = seen.Respondent,
            ConversationId = seen.ConversationId,
            // Not every activity carries the time zone: an empty one leaves the stored one as it is.
            TimeZone = seen.TimeZone.Length > 0 ? seen.TimeZone : null,
            Locale = seen.Locale,
            SeenUtc = now,
        });
        return tables.RunAsync(TableName, "save manager profile",
            table => table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken), cancellationToken);
    }

    public Task SetRemindersAsync(string userKey, string respondent, bool on, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new ManagerProfileEntity
        {
            PartitionKey = Partition,
            RowKey = TableKey.Encode(userKey),
            Respondent = respondent,
            RemindersOff = !on,
        });
        return tables.RunAsync(TableName, "switch reminders",
            table => table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken), cancellationToken);
    }

    public Task<ManagerProfile?> GetAsync(string userKey, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "read manager profile", async table =>
        {
            var found = await table.GetEntityIfExistsAsync<ManagerProfileEntity>(Partition, TableKey.Encode(userKey), cancellationToken: cancellationToken);
            return found is { HasValue: true, Value: { } entity } ? ToProfile(entity) : null;
        }, cancellationToken);

    // Every manager the bot can reach (a switch set before their first personal chat has no conversation yet).
    public Task<IReadOnlyList<ManagerProfile>> ListAsync(CancellationToken cancellationToken = default) =>
        tables.RunAsync<IReadOnlyList<ManagerProfile>>(TableName, "list manager profiles", async table =>
        {
            var profiles = new List<ManagerProfile>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
            await foreach (var entity in table.QueryAsync<ManagerProfileEntity>(filter, cancellationToken: cancellationToken))
                if (entity.ConversationId is { Length: > 0 }) profiles.Add(ToProfile(entity));
            return profiles;
        }, cancellationToken);

    // A person's data: their row by their user key (their own request) or by their code (rows written since it is stored).
    public Task<IReadOnlyList<ManagerProfile>> ForRespondentAsync(RespondentIds ids, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync<IReadOnlyList<ManagerProfile>>(TableName, "read a person's manager profile", async table =>
        {
            var found = new List<ManagerProfile>();
            await foreach (var entity in table.QueryAsync<ManagerProfileEntity>(FilterOf(ids), cancellationToken: cancellationToken))
                found.Add(ToProfile(entity));
            return found;
        }, [], cancellationToken);

    public Task<int> EraseRespondentAsync(RespondentIds ids, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(TableName, "erase a person's manager profile", table => table.DeleteAllAsync(FilterOf(ids), cancellationToken),
            0, cancellationToken);

    private static string FilterOf(RespondentIds ids) => ids.ManagerKey is { Length: > 0 } key
        ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and (RowKey eq {TableKey.Encode(key)} or Respondent eq {ids.Respondent})")
        : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Respondent eq {ids.Respondent}");

    private static ManagerProfile ToProfile(ManagerProfileEntity e) =>
        new(TableKey.Decode(e.RowKey), e.Respondent ?? "", e.ConversationId ?? "", e.TimeZone ?? "", e.Locale ?? "", e.RemindersOff != true) { Name = e.Name };
}
