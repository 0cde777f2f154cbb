using Azure;
using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Storage.State;

// Flow state that any bot instance can continue: read with its ETag, write only if nobody wrote in between,
// and write at most once per activity (the activity's marker row goes in the same transaction).
public sealed class ConversationStateStore(StorageTables tables)
{
    public async Task<StoredState<T>?> GetAsync<T>(ConversationStateKey key, CancellationToken cancellationToken = default)
    {
        Check(key);
        var table = await tables.GetAsync(StateEntity.Table, cancellationToken).ConfigureAwait(false);
        var found = await StoreCall.RunAsync($"read {key.Flow} state", () =>
            table.GetEntityIfExistsAsync(StateEntity.PartitionKey(key), StateEntity.RowKey(key), cancellationToken: cancellationToken)).ConfigureAwait(false);
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
        TableTransactionAction write = expected is { } etag
            ? new(TableTransactionActionType.UpdateReplace, entity, etag)
            : new(TableTransactionActionType.Add, entity);
        var table = await tables.GetAsync(StateEntity.Table, cancellationToken).ConfigureAwait(false);

        try
        {
            var result = await StoreCall.RunAsync($"save {key.Flow} state", () => table.SubmitTransactionAsync(
                [new(TableTransactionActionType.Add, StateEntity.Marker(key, activityId)), write], cancellationToken)).ConfigureAwait(false);
            return new SaveResult(SaveOutcome.Saved, result.Value[1].Headers.ETag ?? default);
        }
        catch (ConcurrencyConflictException e) when (e.InnerException is TableTransactionFailedException { FailedTransactionActionIndex: 1 })
        {
            throw Conflict(key, e.InnerException);
        }
        catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex == 0 && e.Status == 409)
        {
            var current = await GetETagAsync(table, key, cancellationToken).ConfigureAwait(false);
            return new SaveResult(SaveOutcome.AlreadyApplied, current);
        }
        catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex == 1 && e.Status is 404 or 409)
        {
            throw Conflict(key, e);
        }
    }

    public async Task DeleteAsync(ConversationStateKey key, ETag? expected = null, CancellationToken cancellationToken = default)
    {
        Check(key);
        var table = await tables.GetAsync(StateEntity.Table, cancellationToken).ConfigureAwait(false);
        // Markers stay, so a late retry of an activity that was saved before the delete is still recognised.
        await StoreCall.RunAsync($"delete {key.Flow} state", () => table.DeleteEntityAsync(
            StateEntity.PartitionKey(key), StateEntity.RowKey(key), expected ?? ETag.All, cancellationToken)).ConfigureAwait(false);
    }

    private static async Task<ETag> GetETagAsync(TableClient table, ConversationStateKey key, CancellationToken cancellationToken)
    {
        var current = await StoreCall.RunAsync("read state after replay", () => table.GetEntityIfExistsAsync(
            StateEntity.PartitionKey(key), StateEntity.RowKey(key), ["Parts"], cancellationToken)).ConfigureAwait(false);
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
