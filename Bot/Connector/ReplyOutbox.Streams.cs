using StakeholderBot.Bot.Protocol;

namespace StakeholderBot.Bot.Connector;

public sealed partial class ReplyOutbox
{
    // Conversations a reply is being streamed to: what is queued for them meanwhile waits until the stream has ended,
    // so a later turn's reply never lands in the middle of (or before) a streamed answer.
    private readonly HashSet<string> streaming = new(StringComparer.Ordinal);

    // False when the conversation already has replies waiting or a stream going: the new reply must queue behind them.
    public bool TryBeginStream(string conversationId)
    {
        lock (gate)
        {
            if (conversations.ContainsKey(conversationId) || !streaming.Add(conversationId)) return false;
            return true;
        }
    }

    // The stream is over. unsent: its final message, when the connector would not take it: it goes first, before what
    // later turns queued meanwhile. Then the conversation's queue drains as usual.
    public void EndStream(string serviceUrl, string conversationId, IReadOnlyList<Activity> unsent, TimeSpan? firstWait = null)
    {
        bool drain;
        lock (gate)
        {
            streaming.Remove(conversationId);
            if (unsent.Count > 0)
            {
                if (flushing.IsCancellationRequested || count + unsent.Count > options.Capacity)
                    logger.LogError("Reply outbox is {State}: the end of the streamed reply to {ReplyToId} in conversation {ConversationId} is lost",
                        flushing.IsCancellationRequested ? "shutting down" : $"full ({count} waiting)", unsent[0].ReplyToId, conversationId);
                else
                {
                    var waiting = conversations.GetValueOrDefault(conversationId);
                    conversations[conversationId] = new Queue<OutboxItem>(unsent.Select(a => new OutboxItem(serviceUrl, conversationId, a)).Concat(waiting ?? []));
                    if (count == 0) idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    count += unsent.Count;
                }
            }
            drain = conversations.ContainsKey(conversationId);
        }
        if (drain) _ = Task.Run(() => DrainAsync(conversationId, firstWait ?? (unsent.Count > 0 ? Backoff(1) : TimeSpan.Zero)));
    }
}
