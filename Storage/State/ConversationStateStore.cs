using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage.Privacy;

namespace StakeholderBot.Storage.State;

// Flow state that any bot instance can continue: read with its ETag, write only if nobody wrote in between,
// and write at most once per activity (the activity's marker row goes in the same transaction; markers older
// than the retention are removed by ReplayMarkerSweep).
public sealed class ConversationStateStore(
    StorageTables tables, TimeProvider? time = null, ReplayMarkerRetention? retention = null, ILogger<ConversationStateStore>? logger = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ReplayMarkerSweep _sweep = new(tables, time ?? TimeProvider.System, retention ?? ReplayMarkerRetention.Default, logger);

    public async Task<StoredState<T>?> GetAsync<T>(ConversationStateKey key, CancellationToken cancellationToken = default)
    {
        Check(key);
        var found = await tables.RunAsync(StateEntity.Table, $"read {key.Flow} state", table =>
            table.GetEntityIfExistsAsync<TableEntity>(StateEntity.PartitionKey(key), StateEntity.RowKey(key), cancellationToken: cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return found.HasValue ? new StoredState<T>(StateEntity.Read<T>(key, found.Value!), found.Value!.ETag) : null;
    }

    // expected: the ETag from GetAsync, or null to create the state. A Teams retry of an activity that was
    // already saved returns AlreadyApplied without writing.
    public async Task<SaveResult> SaveAsync<T>(
        ConversationStateKey key, T state, ETag? expected, string activityId, CancellationToken cancellationToken = default)
    {
        Check(key);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var entity = StateEntity.Create(key, state, activityId);
        var transaction = EntityRules.CheckedTransaction(
        [
            new(TableTransactionActionType.Add, StateEntity.Marker(key, activityId, _time.GetUtcNow())),
            expected is { } etag ? new(TableTransactionActionType.UpdateReplace, entity, etag) : new(TableTransactionActionType.Add, entity),
        ]);

        try
        {
            var result = await tables.RunAsync(StateEntity.Table, $"save {key.Flow} state",
                table => table.SubmitTransactionAsync(transaction, cancellationToken), cancellationToken).ConfigureAwait(false);
            _sweep.MaybeStart(entity.PartitionKey);
            return new SaveResult(SaveOutcome.Saved, result.Value[1].Headers.ETag ?? default);
        }
        catch (ConcurrencyConflictException e) when (e.InnerException is TableTransactionFailedException { FailedTransactionActionIndex: 1 })
        {
            throw Conflict(key, e.InnerException);
        }
        catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex == 0 && e.Status == 409)
        {
            var current = await GetETagAsync(key, cancellationToken).ConfigureAwait(false);
            return new SaveResult(SaveOutcome.AlreadyApplied, current);
        }
        catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex == 1 && e.Status is 404 or 409)
        {
            throw Conflict(key, e);
        }
    }

    public Task DeleteAsync(ConversationStateKey key, ETag? expected = null, CancellationToken cancellationToken = default)
    {
        Check(key);
        // Markers stay until they expire, so a late retry of an activity saved before the delete is still recognised.
        return tables.RunAsync(StateEntity.Table, $"delete {key.Flow} state", table => table.DeleteEntityAsync(
            StateEntity.PartitionKey(key), StateEntity.RowKey(key), expected ?? ETag.All, cancellationToken), cancellationToken);
    }

    // Removes this conversation's markers older than the retention now (saves also do it now and then).
    public Task<int> RemoveExpiredMarkersAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return _sweep.SweepAsync(StateEntity.PartitionKey(conversationId), cancellationToken);
    }

    // How many state entries are about this respondent: their survey progress in any chat and the last questions they
    // asked in their personal chat (both carry their code; progress also their Teams id).
    public Task<int> CountForRespondentAsync(RespondentIds ids, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(StateEntity.Table, "read a respondent's state",
            async table => (await StateRowsAsync(table, ids, cancellationToken).ConfigureAwait(false)).Count, 0, cancellationToken);

    // Erases those entries, the replay markers their saves left (a marker's key names the user and the activity), and
    // everything else kept for the respondent's personal chat (entries written before they carried the code, the
    // welcome). Returns how many of the entries about the respondent were erased.
    public Task<int> EraseRespondentAsync(RespondentIds ids, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(StateEntity.Table, "erase a respondent's state", async table =>
        {
            var erased = 0;
            foreach (var row in await StateRowsAsync(table, ids, cancellationToken).ConfigureAwait(false))
            {
                if (await table.DeleteIfPresentAsync(row.PartitionKey, row.RowKey, cancellationToken).ConfigureAwait(false)) erased++;
                var (from, to) = StateEntity.MarkersOf(row.UserId, row.Flow);
                await table.DeleteAllAsync(TableClient.CreateQueryFilter(
                    $"PartitionKey eq {row.PartitionKey} and RowKey ge {from} and RowKey lt {to}"), cancellationToken).ConfigureAwait(false);
            }
            if (ids.PersonalConversationId is { Length: > 0 } personal)
                await table.DeleteAllAsync(TableClient.CreateQueryFilter($"PartitionKey eq {StateEntity.PartitionKey(personal)}"), cancellationToken)
                    .ConfigureAwait(false);
            return erased;
        }, 0, cancellationToken);

    private static async Task<List<(string PartitionKey, string RowKey, string UserId, string Flow)>> StateRowsAsync(
        TableClient table, RespondentIds ids, CancellationToken cancellationToken)
    {
        var filters = new List<string> { TableClient.CreateQueryFilter($"Respondent eq {ids.Respondent}") };
        if (ids.UserId is { Length: > 0 } userId) filters.Add(TableClient.CreateQueryFilter($"UserId eq {userId}"));
        var rows = new Dictionary<(string, string), (string, string, string, string)>();
        foreach (var filter in filters)
        {
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "UserId", "Flow"], cancellationToken: cancellationToken)
                .ConfigureAwait(false))
            {
                if (StateEntity.IsState(row.RowKey))
                    rows[(row.PartitionKey, row.RowKey)] = (row.PartitionKey, row.RowKey, row.GetString("UserId") ?? "", row.GetString("Flow") ?? "");
            }
        }
        return [.. rows.Values];
    }

    private async Task<ETag> GetETagAsync(ConversationStateKey key, CancellationToken cancellationToken)
    {
        var current = await tables.RunAsync(StateEntity.Table, "read state after replay", table => table.GetEntityIfExistsAsync<TableEntity>(
            StateEntity.PartitionKey(key), StateEntity.RowKey(key), ["Parts"], cancellationToken), cancellationToken).ConfigureAwait(false);
        return current.HasValue ? current.Value!.ETag : default;
    }

    private static ConcurrencyConflictException Conflict(ConversationStateKey key, Exception inner) =>
        new($"The {key.Flow} state changed since it was read (another instance or a double submit saved first).", inner);

    private static void Check(ConversationStateKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(key.ConversationId);
        ArgumentException.ThrowIfNullOrEmpty(key.UserId);
        ArgumentException.ThrowIfNullOrEmpty(key.Flow);
    }
}
