using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Meetings;

// Action items on their own: read and closed one by one against their ETag.
public sealed partial class MeetingStore
{
    public Task<StoredActionItem?> GetActionItemAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        Run("read action item", table => GetActionItemCoreAsync(table, partitionKey, rowKey, cancellationToken), cancellationToken);

    private static async Task<StoredActionItem?> GetActionItemCoreAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var entity = await table.GetEntityIfExistsAsync<MeetingEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return entity is { HasValue: true, Value: { } found } && MeetingEntities.IsAction(found) ? MeetingEntities.ToStoredActionItem(found) : null;
    }

    // Merges Done into the item only if it is still the version the summary showed.
    public Task<DoneResult> MarkDoneAsync(string partitionKey, string rowKey, string etag, string doneBy, CancellationToken cancellationToken) =>
        Run("close action item", table => MarkDoneCoreAsync(table, partitionKey, rowKey, etag, doneBy, cancellationToken), cancellationToken);

    private async Task<DoneResult> MarkDoneCoreAsync(TableClient table, string partitionKey, string rowKey, string etag, string doneBy, CancellationToken cancellationToken)
    {
        var patch = EntityRules.Checked(new ActionItemDone
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            Done = true,
            DoneBy = doneBy,
            DoneUtc = time.GetUtcNow(),
        });
        try
        {
            await table.UpdateEntityAsync(patch, MeetingEntities.Tag(etag), TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404 && !StoreCall.IsTableNotFound(e))
        {
            var current = await GetActionItemAsync(partitionKey, rowKey, cancellationToken);
            if (current is null) return new DoneResult.NotFound();
            return current.Item.Done ? new DoneResult.Done(current, Already: true) : new DoneResult.Changed(current);
        }
        var done = await GetActionItemAsync(partitionKey, rowKey, cancellationToken);
        return done is null ? new DoneResult.NotFound() : new DoneResult.Done(done);
    }
}
