using System.Collections.Concurrent;
using System.Threading.Channels;
using Azure;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.State;

namespace StakeholderBot.Dialogs.Ask;

// Conversation memory for the ask flow: conversation state in table storage (so any instance can read a
// follow-up's subject), with an in-process copy in front. Reads use the copy while it is fresh; writes go to
// storage in the background, one per conversation at a time. When storage fails, it is left alone for a while
// and answering carries on from the in-process copy. A personal chat's erase (on any instance) marks the stored state
// erased: a copy read before it is dropped at its next write instead of writing the erased questions back.
public sealed class AskMemory : IAsyncDisposable
{
    private const string Flow = "ask";
    private const int MaxConversations = 20_000;
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);
    // A busy conversation is written at most this often; its latest state wins.
    private static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(1);

    private readonly ConversationStateStore store;
    private readonly TimeProvider time;
    private readonly ILogger<AskMemory> logger;
    private readonly ConcurrentDictionary<string, Entry> local = new(StringComparer.Ordinal);
    // Conversations waiting to be written, with the activity of their latest change: one queued write each.
    private readonly ConcurrentDictionary<string, string> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> written = new(StringComparer.Ordinal);
    // The write under way, if any (one at a time), for ForgetAsync to wait for.
    private readonly ConcurrentDictionary<string, Task> writing = new(StringComparer.Ordinal);
    private readonly Channel<string> writes = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly Task writer;
    private readonly StoragePause storagePause;

    public AskMemory(ConversationStateStore store, TimeProvider time, ILogger<AskMemory> logger)
    {
        this.store = store;
        this.time = time;
        this.logger = logger;
        storagePause = new StoragePause(time, TimeSpan.FromSeconds(30));
        store.KeepsInMemory(Flow);
        writer = Task.Run(WriteLoopAsync);
    }

    public async Task<AskState> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        local.TryGetValue(conversationId, out var cached);
        if (cached is not null && time.GetUtcNow() - cached.At < Fresh || !StorageAvailable) return cached?.State ?? AskState.Empty;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ReadTimeout);
            var stored = await store.ReadAsync<AskState>(Key(conversationId), timeout.Token);
            if (stored.ETag is not { } etag)
            {
                // Nothing stored: this copy is newer (its write is still to come), unless it was stored and is gone.
                if (cached is not { ETag: not null }) return cached?.State ?? AskState.Empty;
                local.TryRemove(new KeyValuePair<string, Entry>(conversationId, cached));
                return AskState.Empty;
            }
            local[conversationId] = new Entry(stored.State ?? AskState.Empty, etag, time.GetUtcNow(), cached?.Respondent, stored.Erasure);
            return stored.State ?? AskState.Empty;
        }
        catch (Exception error) when (error is StoreException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            PauseStorage(error);
            return cached?.State ?? AskState.Empty;
        }
    }

    // respondent: whose questions these are, in a personal chat (stored with the state so their erase finds it).
    public void Remember(string conversationId, AskState state, string activityId, string? respondent = null)
    {
        local.AddOrUpdate(conversationId, _ => new Entry(state, null, time.GetUtcNow(), respondent, null),
            (_, old) => new Entry(state, old.ETag, time.GetUtcNow(), respondent, old.Erasure));
        if (local.Count > MaxConversations) Trim();
        var marker = string.IsNullOrEmpty(activityId) ? Guid.NewGuid().ToString("N") : activityId;
        var queued = true;
        pending.AddOrUpdate(conversationId, _ => { queued = false; return marker; }, (_, _) => marker);
        if (!queued) writes.Writer.TryWrite(conversationId);
    }

    // A person's erase of their personal chat: nothing of it stays in this instance, and a write already under way
    // ends before the caller erases the stored state, so it cannot bring the state back.
    public async Task ForgetAsync(string conversationId)
    {
        pending.TryRemove(conversationId, out _);
        local.TryRemove(conversationId, out _);
        if (writing.TryGetValue(conversationId, out var write)) await write.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        writes.Writer.TryComplete();
        await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(2)));
    }

    private bool StorageAvailable => storagePause.IsOver;

    private void PauseStorage(Exception error)
    {
        storagePause.Start();
        logger.LogWarning(error, "Conversation state unavailable; the ask flow keeps it in memory for {Seconds} s", storagePause.Length.TotalSeconds);
    }

    private async Task WriteLoopAsync()
    {
        await foreach (var conversationId in writes.Reader.ReadAllAsync())
        {
            var wait = written.TryGetValue(conversationId, out var last) ? WriteInterval - (time.GetUtcNow() - last) : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                _ = Task.Delay(wait).ContinueWith(_ => writes.Writer.TryWrite(conversationId), TaskScheduler.Default);
                continue;
            }
            if (!pending.TryRemove(conversationId, out var activityId) || !StorageAvailable || !local.TryGetValue(conversationId, out var entry)) continue;
            written[conversationId] = time.GetUtcNow();
            if (written.Count > MaxConversations) written.Clear();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            writing[conversationId] = done.Task;
            try
            {
                if (await SaveAsync(conversationId, entry, activityId) is { } saved) KeepETag(conversationId, saved);
                else Drop(conversationId, entry);
            }
            catch (Exception error) when (error is StoreException or OperationCanceledException)
            {
                PauseStorage(error);
            }
            finally
            {
                writing.TryRemove(conversationId, out _);
                done.SetResult();
            }
        }
    }

    // A turn that came in during the write replaced the entry with the ETag it had before; without the new one the
    // next write would fail its If-Match and pay a conflict, a read and a second write.
    private void KeepETag(string conversationId, ETag saved)
    {
        while (local.TryGetValue(conversationId, out var current) && current.ETag != saved
            && !local.TryUpdate(conversationId, current with { ETag = saved }, current)) { }
    }

    // This instance's state is the newest: on a conflict (another instance wrote first), overwrite it, unless the
    // conflict is an erase since this copy was read (another erase generation): then nothing is written (null).
    private async Task<ETag?> SaveAsync(string conversationId, Entry entry, string activityId)
    {
        var key = Key(conversationId) with { Respondent = entry.Respondent };
        try
        {
            return (await store.SaveAsync(key, entry.State, entry.ETag, activityId, erasure: entry.Erasure)).ETag;
        }
        catch (ConcurrencyConflictException)
        {
            var current = await store.ReadAsync<AskState>(key);
            if (current.Erasure != (entry.Erasure ?? "")) return null;
            return (await store.SaveAsync(key, entry.State, current.ETag, activityId, erasure: current.Erasure)).ETag;
        }
    }

    // The copy came from before an erase: it goes, and the next turn reads what storage holds now.
    private void Drop(string conversationId, Entry dropped)
    {
        if (local.TryGetValue(conversationId, out var current) && current.Erasure == dropped.Erasure)
            local.TryRemove(new KeyValuePair<string, Entry>(conversationId, current));
        logger.LogInformation("Conversation state of {ConversationId} was erased on another instance; this instance's copy was dropped", conversationId);
    }

    private void Trim()
    {
        foreach (var old in local.OrderBy(e => e.Value.At).Take(local.Count / 4).ToList()) local.TryRemove(old);
    }

    private static ConversationStateKey Key(string conversationId) => new(conversationId, ConversationStateKey.WholeConversation, Flow);

    // Erasure: the erase generation of the state this copy was read from (null when it was never read).
    private sealed record Entry(AskState State, ETag? ETag, DateTimeOffset At, string? Respondent, string? Erasure);
}
