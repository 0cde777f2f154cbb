using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Proactive;

// Decides which instance sends a scheduled message, so that each is sent once however many instances run the
// schedule. An instance claims a message by inserting its row (the insert fails for everyone else), sends it,
// then settles the row. A claim is a lease: if its instance dies before settling, another instance takes the
// claim over once the lease ran out (an update against the row's ETag, which only one taker wins) and sends.
// A failed send is released (the row deleted), so the next run tries again: nothing is lost on a restart.
// The one window left: an instance that dies after the connector took the message and before it settled the
// row; the lease taker then sends it again (Teams has no idempotency key for sends).
// A row names its recipient only by an opaque key (a respondent code, a response id) and is removed after Keep.
public sealed record SendClaim(string Job, string Period, string Key, ETag ETag);

public sealed class SendLedger(StorageTables tables, TimeProvider time)
{
    public const string TableName = "SendLedger";
    private const string Claimed = "claimed";
    private const string Settled = "settled";

    // Long enough for any claim, settle or takeover of a local day in any time zone (and a nudge's row until its
    // response is marked nudged), short enough that the ledger is no history of who was sent what.
    public static readonly TimeSpan Keep = TimeSpan.FromDays(7);

    // Tells this instance's claims from another's in the ledger (and in logs).
    public static string ThisInstance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    // The keys of the period's messages already settled or claimed by a live lease: nothing to do for them.
    public Task<IReadOnlySet<string>> TakenAsync(string job, string period, TimeSpan lease, CancellationToken cancellationToken = default) =>
        tables.RunAsync<IReadOnlySet<string>>(TableName, "read send ledger", async table =>
        {
            var now = time.GetUtcNow();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(job, period)}");
            await foreach (var row in table.QueryAsync<SendLedgerEntity>(filter, cancellationToken: cancellationToken))
                if (row.State == Settled || row.ClaimedUtc + lease > now) taken.Add(TableKey.Decode(row.RowKey));
            return taken;
        }, cancellationToken);

    // The claim when this instance is to send the message; null when it is sent or another live instance sends it.
    public Task<SendClaim?> TryClaimAsync(string job, string period, string key, string owner, TimeSpan lease,
        CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "claim a scheduled send", async table =>
        {
            var now = time.GetUtcNow();
            var row = EntityRules.Checked(new SendLedgerEntity
            {
                PartitionKey = PartitionOf(job, period),
                RowKey = TableKey.Encode(key),
                State = Claimed,
                Owner = owner,
                ClaimedUtc = now,
            });
            try
            {
                var added = await table.AddEntityAsync(row, cancellationToken);
                return new SendClaim(job, period, key, added.Headers.ETag ?? ETag.All);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
            }
            var current = await table.GetEntityIfExistsAsync<SendLedgerEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
            if (current is not { HasValue: true, Value: { } found }) return null; // released meanwhile: the next run claims it
            if (found.State == Settled || found.ClaimedUtc + lease > now) return null;
            try
            {
                var taken = await table.UpdateEntityAsync(row, found.ETag, TableUpdateMode.Replace, cancellationToken);
                return new SendClaim(job, period, key, taken.Headers.ETag ?? ETag.All);
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404 && !StoreCall.IsTableNotFound(e))
            {
                return null; // another instance took it over first
            }
        }, cancellationToken);

    // Sent, or nothing to send, or never sendable: no instance tries again.
    public Task SettleAsync(SendClaim claim, string outcome, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "settle a scheduled send", async table =>
        {
            var row = EntityRules.Checked(new SendLedgerEntity
            {
                PartitionKey = PartitionOf(claim.Job, claim.Period),
                RowKey = TableKey.Encode(claim.Key),
                State = Settled,
                ClaimedUtc = time.GetUtcNow(),
                SettledUtc = time.GetUtcNow(),
                Outcome = outcome,
            });
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }, cancellationToken);

    // Not sent: the next run claims it again. Only this claim is released, never one another instance took over.
    public Task ReleaseAsync(SendClaim claim, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "release a scheduled send", async table =>
        {
            try
            {
                await table.DeleteEntityAsync(PartitionOf(claim.Job, claim.Period), TableKey.Encode(claim.Key), claim.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404 && !StoreCall.IsTableNotFound(e))
            {
            }
        }, cancellationToken);

    // Whether the message was ever settled (a nudge is sent once per response, whatever the period).
    public Task<bool> IsSettledAsync(string job, string period, string key, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "read send ledger", async table =>
        {
            var found = await table.GetEntityIfExistsAsync<SendLedgerEntity>(PartitionOf(job, period), TableKey.Encode(key), cancellationToken: cancellationToken);
            return found is { HasValue: true, Value.State: Settled };
        }, cancellationToken);

    // A person's erase: every row under one of their keys, in any period; none left is fine.
    public Task<int> EraseKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        keys.Count == 0 ? Task.FromResult(0) : tables.RunIfExistsAsync(TableName, "erase a person's scheduled sends", async table =>
        {
            var erased = 0;
            foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(20))
                erased += await table.DeleteAllAsync(
                    string.Join(" or ", chunk.Select(key => TableClient.CreateQueryFilter($"RowKey eq {TableKey.Encode(key)}"))), cancellationToken);
            return erased;
        }, 0, cancellationToken);

    // Rows claimed or settled more than Keep ago (every instance running the schedules calls it now and then).
    public Task<int> RemoveExpiredAsync(CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(TableName, "remove expired scheduled sends", table => table.DeleteAllAsync(
            TableClient.CreateQueryFilter($"ClaimedUtc lt {time.GetUtcNow() - Keep}"), cancellationToken), 0, cancellationToken);

    private static string PartitionOf(string job, string period) => TableKey.Join(job, period);
}
