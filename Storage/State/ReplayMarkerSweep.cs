using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace StakeholderBot.Storage.State;

// How long a saved activity is remembered for replay detection, and how often a save tidies its conversation.
// Teams redelivers within minutes, so a day is generous.
public sealed record ReplayMarkerRetention(TimeSpan Keep, int SweepOneIn)
{
    public static readonly ReplayMarkerRetention Default = new(TimeSpan.FromHours(24), 20);
}

// Removes a conversation's replay markers once they are older than the retention, so the state table stops
// growing with every saved activity.
//
// Why this stays correct with any number of instances: a replay is detected because re-adding its marker
// conflicts inside the state write's own transaction. A sweep deletes only markers whose AppliedAt is older
// than Keep, so every marker younger than Keep survives whichever instances sweep, and however many at once.
// Each delete carries the ETag the sweep read: a marker written again meanwhile is left alone, and when two
// sweeps race, the later batch fails (404/412) as a whole and changes nothing.
// Why it is cheap: 1 save in SweepOneIn starts it (random per instance, so no coordination is needed), after
// the save and without the turn waiting; it reads one partition's marker key range, never the table.
// A conversation that falls silent keeps at most the markers written since its last sweep.
internal sealed class ReplayMarkerSweep(StorageTables tables, TimeProvider time, ReplayMarkerRetention retention, ILogger? logger)
{
    // Per partition with a sweep under way: 0 = running, 1 = asked for again meanwhile (it runs once more after).
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);

    public void MaybeStart(string partitionKey)
    {
        if (retention.SweepOneIn <= 0 || Random.Shared.Next(retention.SweepOneIn) != 0) return;
        while (true)
        {
            if (_running.TryAdd(partitionKey, 0)) { _ = Task.Run(() => RunAsync(partitionKey)); return; }
            // A sweep that started before this save may have read the clock too early: ask it to go round again.
            if (_running.TryUpdate(partitionKey, 1, 0) || _running.TryGetValue(partitionKey, out var again) && again == 1) return;
            // The running sweep finished in between: start one.
        }
    }

    private async Task RunAsync(string partitionKey)
    {
        while (true)
        {
            try
            {
                await SweepAsync(partitionKey, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // Nothing depends on it: expired markers only take space until a later sweep.
                logger?.LogWarning(e, "Expired replay markers of a conversation were not removed");
            }
            if (_running.TryRemove(new KeyValuePair<string, byte>(partitionKey, 0))) return;
            // Only this loop removes the entry, so it is still there, flagged: clear the flag and sweep again.
            _running[partitionKey] = 0;
        }
    }

    // Only ever reads and deletes, and never creates the table: if it is gone there is nothing to remove (a sweep
    // that made it again would bring back a table someone removed, and race with their next look at it).
    public Task<int> SweepAsync(string partitionKey, CancellationToken cancellationToken) =>
        tables.RunIfExistsAsync(StateEntity.Table, "remove expired replay markers", async table =>
        {
            var cutoff = time.GetUtcNow() - retention.Keep;
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {partitionKey} and RowKey ge {StateEntity.MarkersFrom} and RowKey lt {StateEntity.MarkersTo} and AppliedAt lt {cutoff}");
            var expired = await table.QueryAsync<ReplayMarker>(filter, select: [nameof(ReplayMarker.RowKey)], cancellationToken: cancellationToken)
                .ToListAsync(cancellationToken).ConfigureAwait(false);

            var removed = 0;
            foreach (var chunk in expired.Chunk(EntityRules.MaxTransactionActions))
            {
                var deletes = chunk.Select(m => new TableTransactionAction(
                    TableTransactionActionType.Delete, new TableEntity(partitionKey, m.RowKey), m.ETag)).ToList();
                try
                {
                    await table.SubmitTransactionAsync(EntityRules.CheckedTransaction(deletes), cancellationToken).ConfigureAwait(false);
                    removed += deletes.Count;
                }
                catch (TableTransactionFailedException e) when (e.Status is 404 or 412 && !StoreCall.IsTableNotFound(e))
                {
                    // Another instance removed some of these first; what is left goes in a later sweep.
                }
            }
            return removed;
        }, whenMissing: 0, cancellationToken);
}
