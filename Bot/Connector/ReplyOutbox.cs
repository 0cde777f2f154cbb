using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Storage;

namespace StakeholderBot.Bot.Connector;

// Every reply the bot sends goes through this one queue: one queue per conversation (keyed by its service URL and
// conversation id, so nothing aimed at another endpoint can hold up or take over a conversation), sent one at a
// time in order, so a later answer never overtakes an earlier one, and retried by the one RetryPolicy.
// A turn waits for its replies while Azure Bot Service waits for the turn: when a reply is delivered or refused,
// or as soon as a wait would end after the turn's deadline (a Retry-After, a backoff, replies queued ahead that
// already missed their own turn), the turn answers and what is left is delivered in the background.
// Conversations drain in parallel, with at most ParallelSends background requests in flight.
//
// In-process on purpose: what it holds is lost if the instance crashes. A reply is seconds-to-minutes of
// value (the user can ask again), while a durable queue (Storage table, Service Bus) would add a store write to
// every throttled reply, a second delivery path to operate, and replay of stale answers after a restart.
// Scale-out is unaffected: each instance drains only what its own turns queued.
public sealed partial class ReplyOutbox(Func<ConnectorClient> connectors, OutboxOptions options, TimeProvider time,
    ILogger<ReplyOutbox> logger) : IHostedService
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<Pending>> conversations = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim sends = new(options.ParallelSends);
    private readonly CancellationTokenSource flushing = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly RetryPolicy retry = options.Retry;
    private TaskCompletionSource idle = Completed();
    private int count;

    public int Count { get { lock (gate) return count; } }

    // The turn's replies: returns once they are delivered or refused, or once the rest can only finish after the
    // deadline (they are then sent later). requestAborted: Azure Bot Service gave up on the turn and may deliver
    // the activity again, so replies not yet sent are dropped rather than risk answering twice.
    public async Task SendAsync(string serviceUrl, string conversationId, string? activityId, IReadOnlyList<Activity> replies,
        DateTimeOffset deadline, CancellationToken requestAborted)
    {
        if (replies.Count == 0) return;
        var turn = new TurnWindow(activityId, replies.Count, deadline, requestAborted);
        if (Enqueue(serviceUrl, conversationId, replies, turn)) await turn.Settled.Task;
    }

    // Replies without a turn waiting for them. False when the outbox is full or shutting down.
    public bool TryEnqueue(string serviceUrl, string conversationId, IReadOnlyList<Activity> activities) =>
        activities.Count == 0 || Enqueue(serviceUrl, conversationId, activities, turn: null);

    // A proactive message, in the same queue and under the same policy as replies: completes with what became of it
    // (delivered, refused with the connector's status, or lost), so the sender can record it or try again later.
    public async Task<Delivery> DeliverAsync(string serviceUrl, string conversationId, Activity activity)
    {
        var completion = new TaskCompletionSource<Delivery>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!Enqueue(serviceUrl, conversationId, [activity], turn: null, completion: completion)) return new Delivery(DeliveryOutcome.Lost);
        return await completion.Task;
    }

    // Starts the bot's 1:1 chat with a user, under the same retry policy, queued per user so a burst of them is
    // paced like messages to one conversation. Delivered carries the new conversation's id.
    public async Task<Delivery> CreateConversationAsync(string serviceUrl, ConversationParameters parameters)
    {
        var completion = new TaskCompletionSource<Delivery>(TaskCreationOptions.RunContinuationsAsynchronously);
        var user = parameters.Members.FirstOrDefault()?.Id ?? "";
        if (!Enqueue(serviceUrl, "new 1:1 chat with " + user, [new Activity { Type = ActivityTypes.Message }], turn: null,
                completion: completion, create: parameters))
            return new Delivery(DeliveryOutcome.Lost);
        return await completion.Task;
    }

    // All or nothing, so a turn's replies are never split by a full outbox. When full, new replies are refused
    // (and logged as lost) rather than dropping the oldest: those are further along in their conversations and
    // dropping one would punch a hole in the middle of a conversation that later replies then skip over.
    private bool Enqueue(string serviceUrl, string conversationId, IReadOnlyList<Activity> activities, TurnWindow? turn, ReplyStream? stream = null,
        TaskCompletionSource<Delivery>? completion = null, ConversationParameters? create = null)
    {
        var key = (ServiceUrlTrust.Canonical(serviceUrl) ?? serviceUrl) + "\n" + conversationId;
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
            first = !conversations.TryGetValue(key, out var queue);
            if (queue is null) conversations[key] = queue = new Queue<Pending>();
            // Behind replies that already missed their own turn, this turn's cannot make it either.
            var behindDeferred = queue.Any(p => p.Deferred);
            foreach (var activity in activities)
                queue.Enqueue(new Pending(serviceUrl, conversationId, activity, turn) { Deferred = turn is null, Stream = stream, Completion = completion, Create = create });
            if (count == 0) idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            count += activities.Count;
            BotTelemetry.OutboxDepth.Add(activities.Count);
            if (behindDeferred && turn is not null) Defer(queue, turn, "earlier replies to the conversation are still waiting");
        }
        if (first) _ = Task.Run(() => DrainAsync(key));
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

    private async Task DrainAsync(string key)
    {
        while (true)
        {
            Pending item;
            lock (gate) item = conversations[key].Peek();
            try
            {
                if (item.Stream is null || await RunStreamAsync(item))
                {
                    var delivery = await DeliverAsync(key, item);
                    item.Completion?.TrySetResult(delivery);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Shutdown: StopAsync logs what is left.
                lock (gate)
                    foreach (var waiting in conversations[key]) waiting.Completion?.TrySetResult(new Delivery(DeliveryOutcome.Lost));
                return;
            }
            catch (Exception e)
            {
                item.Completion?.TrySetResult(new Delivery(DeliveryOutcome.Lost));
                logger.LogError(e, "Reply to {ReplyToId} in conversation {ConversationId} failed in the outbox", item.Activity.ReplyToId, item.ConversationId);
            }
            lock (gate)
            {
                var queue = conversations[key];
                queue.Dequeue();
                item.Turn?.Done();
                count--;
                BotTelemetry.OutboxDepth.Add(-1);
                if (count == 0) idle.TrySetResult();
                if (queue.Count > 0) continue;
                conversations.Remove(key);
                return;
            }
        }
    }

    // From this turn's first reply on, everything in the queue is sent later: the turn answers now. Under the gate.
    private void Defer(Queue<Pending> queue, TurnWindow turn, string reason)
    {
        var waiting = queue.SkipWhile(p => p.Turn != turn).Where(p => !p.Deferred).ToList();
        foreach (var item in waiting)
        {
            item.Deferred = true;
            if (item.Turn is { } later && later.Settled.TrySetResult())
                logger.LogWarning("Reply to {ActivityId} deferred to the outbox ({Reason}): {Count} of its {Total} replies will be sent later",
                    later.ActivityId, later == turn ? reason : "earlier replies to the conversation are still waiting",
                    waiting.Count(p => p.Turn == later), later.Replies);
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private sealed class Pending(string serviceUrl, string conversationId, Activity activity, TurnWindow? turn)
    {
        public string ServiceUrl => serviceUrl;
        public string ConversationId => conversationId;
        // A streamed reply's final message replaces its first update once the stream has run (ReplyOutbox.Streams).
        public Activity Activity { get; set; } = activity;
        public TurnWindow? Turn => turn;
        public ReplyStream? Stream { get; init; }
        // A proactive message's sender waits for what became of it (DeliverAsync).
        public TaskCompletionSource<Delivery>? Completion { get; init; }
        // Not a message: a conversation to create (ConversationId then only names it for the logs).
        public ConversationParameters? Create { get; init; }
        // No longer awaited by its turn: sent in the background, no longer tied to the inbound request.
        public bool Deferred { get; set; }
    }

    // A turn waiting for its replies. Settled completes when its last reply is done with, or when it is deferred.
    private sealed class TurnWindow(string? activityId, int replies, DateTimeOffset deadline, CancellationToken requestAborted)
    {
        private int left = replies;
        public string? ActivityId => activityId;
        public int Replies { get; } = replies;
        public DateTimeOffset Deadline => deadline;
        public CancellationToken RequestAborted => requestAborted;
        public TaskCompletionSource Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Done()
        {
            if (Interlocked.Decrement(ref left) == 0) Settled.TrySetResult();
        }
    }
}
