using StakeholderBot.Bot.Protocol;

namespace StakeholderBot.Bot.Connector;

// A reply streamed into a conversation while it is written. send: one attempt to post an activity, returning the id
// the connector gave it. Returns the final message, delivered then like any reply, or null when there is nothing
// more to send (the user stopped the stream).
public delegate Task<Activity?> ReplyStream(Func<Activity, CancellationToken, Task<string?>> send, CancellationToken cancellationToken);

public sealed partial class ReplyOutbox
{
    // A streamed reply takes its place in the conversation's queue like any reply: what was queued before it goes
    // first, and what later turns queue waits until its final message is delivered (by the RetryPolicy, as every
    // reply is). Its updates are sent once each: an update is worth nothing later, the next one carries the whole text.
    // first: the stream's first update, which stands for it in the queue. False when the outbox is full or shutting down.
    public bool TryStream(string serviceUrl, string conversationId, Activity first, ReplyStream stream) =>
        Enqueue(serviceUrl, conversationId, [first], turn: null, stream);

    // True when the stream left a final message to deliver. Shutdown ends the stream early (it ends with what it has).
    private async Task<bool> RunStreamAsync(Pending item)
    {
        var final = await item.Stream!((activity, token) => connectors().SendAsync(item.ServiceUrl, item.ConversationId, activity, token), flushing.Token);
        if (final is null) return false;
        lock (gate) item.Activity = final;
        return true;
    }
}
