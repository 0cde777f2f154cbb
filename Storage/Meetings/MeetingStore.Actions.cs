using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Meetings;

// Action items on their own: read, closed and snoozed one by one against their ETag.
public sealed partial class MeetingStore
{
    public Task<StoredActionItem?> GetActionItemAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        Run("read action item", table => GetActionItemCoreAsync(table, partitionKey, rowKey, cancellationToken), cancellationToken);

    private static async Task<StoredActionItem?> GetActionItemCoreAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var entity = await table.GetEntityIfExistsAsync<MeetingEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return entity is { HasValue: true, Value: { } found } && MeetingEntities.IsAction(found) ? MeetingEntities.ToStoredActionItem(found) : null;
    }

    // Merges Done into the item only if it is still the version the card showed.
    public Task<DoneResult> MarkDoneAsync(string partitionKey, string rowKey, string etag, string doneBy, CancellationToken cancellationToken) =>
        Run("close action item", table => PatchAsync(table, new ActionItemDone
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            Done = true,
            DoneBy = doneBy,
            DoneUtc = time.GetUtcNow(),
        }, etag, current => current.Item.Done, cancellationToken), cancellationToken);

    // No reminder of the item before `until`, only if it is still the version the card showed and still open.
    public Task<DoneResult> SnoozeAsync(string partitionKey, string rowKey, string etag, DateOnly until, string snoozedBy,
        CancellationToken cancellationToken) =>
        Run("snooze action item", table => PatchAsync(table, new ActionItemSnooze
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            SnoozedUntil = MeetingEntities.Iso(until),
            SnoozedBy = snoozedBy,
        }, etag, current => current.Item.Done || current.Item.SnoozedUntil >= until, cancellationToken), cancellationToken);

    // `already`: the stored item, changed since the card, is nonetheless where the patch would have put it.
    private static async Task<DoneResult> PatchAsync(TableClient table, TableRow patch, string etag, Func<StoredActionItem, bool> already,
        CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(EntityRules.Checked(patch), MeetingEntities.Tag(etag), TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404 && !StoreCall.IsTableNotFound(e))
        {
            var current = await GetActionItemCoreAsync(table, patch.PartitionKey, patch.RowKey, cancellationToken);
            if (current is null) return new DoneResult.NotFound();
            return already(current) ? new DoneResult.Done(current, Already: true) : new DoneResult.Changed(current);
        }
        var done = await GetActionItemCoreAsync(table, patch.PartitionKey, patch.RowKey, cancellationToken);
        return done is null ? new DoneResult.NotFound() : new DoneResult.Done(done);
    }
}
