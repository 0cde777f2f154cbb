using Azure;
using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Storage.Meetings;

// Action items on their own: listed per meeting and closed one by one against their ETag.
public sealed partial class MeetingStore
{
    public Task<IReadOnlyList<StoredActionItem>> ActionItemsAsync(string partitionKey, string meetingId, CancellationToken cancellationToken) =>
        Run("list action items", table => ActionItemsCoreAsync(table, partitionKey, meetingId, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<StoredActionItem>> ActionItemsCoreAsync(TableClient table, string partitionKey, string meetingId, CancellationToken cancellationToken)
    {
        var pointer = await table.GetEntityIfExistsAsync(partitionKey, MeetingKeys.PointerRow(meetingId), cancellationToken: cancellationToken);
        if (!pointer.HasValue || pointer.Value?.GetString("MeetingRow") is not { } meetingRow) return [];
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey gt {meetingRow + "|"} and RowKey lt {meetingRow + "}"}");
        var items = new List<StoredActionItem>();
        await foreach (var e in table.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            if (MeetingEntities.IsAction(e)) items.Add(MeetingEntities.ToStoredActionItem(e));
        }
        return items;
    }

    public Task<StoredActionItem?> GetActionItemAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        Run("read action item", table => GetActionItemCoreAsync(table, partitionKey, rowKey, cancellationToken), cancellationToken);

    private static async Task<StoredActionItem?> GetActionItemCoreAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var entity = await table.GetEntityIfExistsAsync(partitionKey, rowKey, cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is { } found && MeetingEntities.IsAction(found) ? MeetingEntities.ToStoredActionItem(found) : null;
    }

    // Merges Done into the item only if it is still the version the summary showed.
    public Task<DoneResult> MarkDoneAsync(string partitionKey, string rowKey, string etag, string doneBy, CancellationToken cancellationToken) =>
        Run("close action item", table => MarkDoneCoreAsync(table, partitionKey, rowKey, etag, doneBy, cancellationToken), cancellationToken);

    private async Task<DoneResult> MarkDoneCoreAsync(TableClient table, string partitionKey, string rowKey, string etag, string doneBy, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(partitionKey, rowKey)
        {
            ["Done"] = true,
            ["DoneBy"] = doneBy,
            ["DoneUtc"] = time.GetUtcNow(),
        };
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
