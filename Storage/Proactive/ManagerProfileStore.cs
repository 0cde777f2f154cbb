using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Proactive;

// Where and when a project manager is reminded: their personal chat with the bot and the time zone their Teams
// client reported, kept up to date from their own turns; and whether they turned reminders off.
public sealed record ManagerProfile(string UserKey, string Name, string ConversationId, string TimeZone, string Locale, bool RemindersOn);

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
            Name = seen.Name,
            ConversationId = seen.ConversationId,
            // Not every activity carries the time zone: an empty one leaves the stored one as it is.
            TimeZone = seen.TimeZone.Length > 0 ? seen.TimeZone : null,
            Locale = seen.Locale,
            SeenUtc = now,
        });
        return tables.RunAsync(TableName, "save manager profile",
            table => table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken), cancellationToken);
    }

    public Task SetRemindersAsync(string userKey, bool on, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new ManagerProfileEntity
        {
            PartitionKey = Partition,
            RowKey = TableKey.Encode(userKey),
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

    private static ManagerProfile ToProfile(ManagerProfileEntity e) =>
        new(TableKey.Decode(e.RowKey), e.Name ?? "", e.ConversationId ?? "", e.TimeZone ?? "", e.Locale ?? "", e.RemindersOff != true);
}
