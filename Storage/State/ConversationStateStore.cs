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
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _keptInMemory = new(StringComparer.Ordinal);
    private readonly ReplayMarkerSweep _sweep = new(tables, time ?? TimeProvider.System, retention ?? ReplayMarkerRetention.Default, logger);

    public async Task<StoredState<T>?> GetAsync<T>(ConversationStateKey key, CancellationToken cancellationToken = default)
    {
        Check(key);
        var found = await tables.RunAsync(StateEntity.Table, $"read {key.Flow} state", table =>
            table.GetEntityIfExistsAsync<TableEntity>(StateEntity.PartitionKey(key), StateEntity.RowKey(key), cancellationToken: cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return found.HasValue && !StateEntity.IsErasureMark(found.Value!) ? new StoredState<T>(StateEntity.Read<T>(key, found.Value!), found.Value!.ETag) : null;
    }

    // For a copy kept in memory: also an erased state's ETag and erase generation (SaveAsync's erasure).
    public async Task<StateRead<T>> ReadAsync<T>(ConversationStateKey key, CancellationToken cancellationToken = default) where T : class
    {
        Check(key);
        var found = await tables.RunAsync(StateEntity.Table, $"read {key.Flow} state", table =>
            table.GetEntityIfExistsAsync<TableEntity>(StateEntity.PartitionKey(key), StateEntity.RowKey(key), cancellationToken: cancellationToken),
            cancellationToken).ConfigureAwait(false);
        if (!found.HasValue) return new StateRead<T>(null, null, "");
        var row = found.Value!;
        return new StateRead<T>(StateEntity.IsErasureMark(row) ? null : StateEntity.Read<T>(key, row), row.ETag, StateEntity.ErasureOf(row));
    }

    // A flow whose whole-conversation state instances keep copies of in memory (ReadAsync, SaveAsync with its
    // erasure) says so once; erasing a personal chat then marks that state erased instead of deleting it.
    public void KeepsInMemory(string flow) => _keptInMemory.TryAdd(flow, 0);

    // The row is replaced by a mark with a new erase generation (whether a state was there or not), so that a copy
    // read before cannot be written back: every write of the row is conditional (its ETag, or an insert) and fails
    // against the mark, and a writer that reads the row again finds another generation than its copy came from and
    // drops the copy. True when the mark replaced a state.
    private async Task<bool> MarkErasedAsync(TableClient table, ConversationStateKey key, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(StateEntity.PartitionKey(key), StateEntity.RowKey(key), [StateEntity.ErasedName],
            cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(StateEntity.ErasureMark(key, _time.GetUtcNow()), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return found.HasValue && !StateEntity.IsErasureMark(found.Value!);
    }

    // Marks older than a day: every copy read before the erase is long gone or has been dropped by then.
    public Task<int> RemoveErasureMarksAsync(CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(StateEntity.Table, "remove old erase marks", table => table.DeleteAllAsync(
            // ErasedUtc: when StateEntity.ErasureMark was written.
            TableClient.CreateQueryFilter($"ErasedUtc lt {_time.GetUtcNow() - ErasureMarksKept}"), cancellationToken), 0, cancellationToken);

    public static readonly TimeSpan ErasureMarksKept = TimeSpan.FromDays(1);

    // expected: the ETag from GetAsync, or null to create the state. A Teams retry of an activity that was
    // already saved returns AlreadyApplied without writing. erasure: the erase generation ReadAsync gave, for a state
    // kept in memory; the row carries it on.
    public async Task<SaveResult> SaveAsync<T>(
        ConversationStateKey key, T state, ETag? expected, string activityId, CancellationToken cancellationToken = default, string? erasure = null)
    {
        Check(key);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var entity = StateEntity.Create(key, state, activityId, erasure);
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
    // asked in their personal chat (both carry their code; progress also their Teams id), and any other state kept for
    // their personal chat (written before entries carried the code).
    public Task<int> CountForRespondentAsync(RespondentIds ids, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(StateEntity.Table, "read a respondent's state", async table =>
        {
            var rows = (await StateRowsAsync(table, ids, cancellationToken).ConfigureAwait(false)).Select(r => (r.PartitionKey, r.RowKey)).ToHashSet();
            if (ids.PersonalConversationId is { Length: > 0 } personal)
            {
                var partition = TableClient.CreateQueryFilter($"PartitionKey eq {StateEntity.PartitionKey(personal)}");
                await foreach (var row in table.QueryAsync<TableEntity>(partition, select: ["PartitionKey", "RowKey", StateEntity.ErasedName],
                    cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    if (StateEntity.IsState(row.RowKey) && !StateEntity.IsErasureMark(row)) rows.Add((row.PartitionKey, row.RowKey));
                }
            }
            return rows.Count;
        }, 0, cancellationToken);

    // Erases those entries, the replay markers their saves left (a marker's key names the user and the activity), and
    // everything else kept for the respondent's personal chat (entries written before they carried the code, the
    // welcome). Returns how many of the entries about the respondent were erased.
    public Task<int> EraseRespondentAsync(RespondentIds ids, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(StateEntity.Table, "erase a respondent's state", async table =>
        {
            var erased = 0;
            if (ids.PersonalConversationId is { Length: > 0 } chat)
                foreach (var flow in _keptInMemory.Keys)
                    if (await MarkErasedAsync(table, new ConversationStateKey(chat, ConversationStateKey.WholeConversation, flow), cancellationToken).ConfigureAwait(false))
                        erased++;
            foreach (var row in await StateRowsAsync(table, ids, cancellationToken).ConfigureAwait(false))
            {
                if (await table.DeleteIfPresentAsync(row.PartitionKey, row.RowKey, cancellationToken).ConfigureAwait(false)) erased++;
                var (from, to) = StateEntity.MarkersOf(row.UserId, row.Flow);
                await table.DeleteAllAsync(TableClient.CreateQueryFilter(
                    $"PartitionKey eq {row.PartitionKey} and RowKey ge {from} and RowKey lt {to}"), cancellationToken).ConfigureAwait(false);
            }
            if (ids.PersonalConversationId is { Length: > 0 } personal)
            {
                var partition = TableClient.CreateQueryFilter($"PartitionKey eq {StateEntity.PartitionKey(personal)}");
                await foreach (var row in table.QueryAsync<TableEntity>(partition, select: ["PartitionKey", "RowKey", StateEntity.ErasedName],
                    cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    if (!StateEntity.IsErasureMark(row) && await table.DeleteIfPresentAsync(row.PartitionKey, row.RowKey, cancellationToken).ConfigureAwait(false)
                        && StateEntity.IsState(row.RowKey)) erased++;
                }
            }
            return erased;
        }, 0, cancellationToken);

    // What the state rows of a code link it to: the Teams user ids their per-user states are kept under, and the
    // personal chats whose whole-conversation state is theirs.
    public Task<(IReadOnlyList<string> UserIds, IReadOnlyList<string> PersonalChats)> LinksOfAsync(string respondent,
        CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync<(IReadOnlyList<string>, IReadOnlyList<string>)>(StateEntity.Table, "find a respondent's chats", async table =>
        {
            var users = new HashSet<string>(StringComparer.Ordinal);
            var chats = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in await StateRowsAsync(table, new RespondentIds(respondent), cancellationToken).ConfigureAwait(false))
            {
                if (row.UserId == ConversationStateKey.WholeConversation) chats.Add(TableKey.Decode(row.PartitionKey));
                else if (row.UserId.Length > 0) users.Add(row.UserId);
            }
            return ([.. users], [.. chats]);
        }, ([], []), cancellationToken);

    private static async Task<List<(string PartitionKey, string RowKey, string UserId, string Flow)>> StateRowsAsync(
        TableClient table, RespondentIds ids, CancellationToken cancellationToken)
    {
        var filters = new List<string> { TableClient.CreateQueryFilter($"Respondent eq {ids.Respondent}") };
        if (ids.UserId is { Length: > 0 } userId && userId != ConversationStateKey.WholeConversation) filters.Add(TableClient.CreateQueryFilter($"UserId eq {userId}"));
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
