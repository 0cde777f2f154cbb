using StakeholderBot.Bot.Protocol;

namespace StakeholderBot.Bot.Connector;

public sealed record OutboxItem(string ServiceUrl, string ConversationId, Activity Activity);

// Replies the connector would not take within their turn (throttled, failing, unreachable), delivered later with
// the connector's Retry-After honoured in full. Each conversation's replies wait in one queue and are sent one at
// a time in the order they were queued, so a later answer never overtakes an earlier one; conversations drain in
// parallel, with at most ParallelSends requests in flight.
//
// In-process on purpose: what it holds is lost if the instance crashes. A reply is seconds-to-minutes of
// value (the user can ask again), while a durable queue (Storage table, Service Bus) would add a store write to
// every throttled reply, a second delivery path to operate, and replay of stale answers after a restart.
// Scale-out is unaffected: each instance drains only what its own turns queued.
public sealed partial class ReplyOutbox(Func<ConnectorClient> connectors, OutboxOptions options, TimeProvider time,
    ILogger<ReplyOutbox> logger) : IHostedService
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<OutboxItem>> conversations = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim sends = new(options.ParallelSends);
    private readonly CancellationTokenSource flushing = new();
    private readonly CancellationTokenSource stopping = new();
    private TaskCompletionSource idle = Completed();
    private int count;

    public int Count { get { lock (gate) return count; } }

    // True while replies of this conversation wait here (or a reply is being streamed to it): new ones must queue behind them.
    public bool Holds(string conversationId) { lock (gate) return conversations.ContainsKey(conversationId) || streaming.Contains(conversationId); }

    // All or nothing, so a turn's replies are never split by a full outbox. When full, new replies are refused
    // (and logged as lost) rather than dropping the oldest: those are further along in their conversations and
    // dropping one would punch a hole in the middle of a conversation that later replies then skip over.
    // firstWait: how long the connector asked the turn to wait (its Retry-After); null for the outbox's own backoff.
    // It only matters when the conversation has nothing waiting yet, since otherwise these replies queue behind.
    public bool TryEnqueue(string serviceUrl, string conversationId, IReadOnlyList<Activity> activities, TimeSpan? firstWait = null)
    {
        if (activities.Count == 0) return true;
        bool first;
        lock (gate)
        {
            if (flushing.IsCancellationRequested || count + activities.Count > options.Capacity)
            {
                logger.LogError("Reply outbox is {State}: {Count} replies to {ReplyToId} in conversation {ConversationId} are lost",
                    flushing.IsCancellationRequested ? "shutting down" : $"full ({count} waiting)", activities.Count,
                    activities[0].ReplyToId, conversationId);
                return false;
            }
            first = !conversations.TryGetValue(conversationId, out var queue) && !streaming.Contains(conversationId);
            if (queue is null) conversations[conversationId] = queue = new Queue<OutboxItem>();
            foreach (var activity in activities) queue!.Enqueue(new OutboxItem(serviceUrl, conversationId, activity));
            if (count == 0) idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            count += activities.Count;
        }
        if (first) _ = Task.Run(() => DrainAsync(conversationId, firstWait ?? Backoff(1)));
        return true;
    }

    // Completes when nothing is waiting (true) or after the timeout (false). Real time: it bounds a real wait.
    public async Task<bool> FlushAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Task empty;
        lock (gate) empty = idle.Task;
        try
        {
            await empty.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // On shutdown every waiting reply gets one last attempt now instead of after its wait: another 429 costs
    // nothing, since the reply is lost otherwise. What is still not delivered after FlushTime is logged as lost.
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await flushing.CancelAsync();
        var flushed = false;
        try { flushed = await FlushAsync(options.ShutdownFlush, cancellationToken); }
        catch (OperationCanceledException) { }
        await stopping.CancelAsync();
        if (flushed) return;
        lock (gate)
            foreach (var item in conversations.Values.SelectMany(q => q))
                logger.LogError("Reply to {ReplyToId} in conversation {ConversationId} was not delivered before shutdown",
                    item.Activity.ReplyToId, item.ConversationId);
    }

    private async Task DrainAsync(string conversationId, TimeSpan firstWait)
    {
        while (!stopping.IsCancellationRequested)
        {
            OutboxItem item;
            lock (gate) item = conversations[conversationId].Peek();
            try
            {
                await DeliverAsync(item, firstWait);
                firstWait = TimeSpan.Zero;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Reply to {ReplyToId} in conversation {ConversationId} failed in the outbox", item.Activity.ReplyToId, conversationId);
            }
            lock (gate)
            {
                var queue = conversations[conversationId];
                queue.Dequeue();
                count--;
                if (count == 0) idle.TrySetResult();
                if (queue.Count > 0) continue;
                conversations.Remove(conversationId);
                return;
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
