using StakeholderBot.Bot.Protocol;

namespace StakeholderBot.Bot.Connector;

// Sends a turn's replies while the inbound request is open, each within the turn's deadline. A reply the
// connector would not take in time (throttled past the deadline, 5xx, network, timeout) goes to the outbox with
// the rest of the turn's replies behind it, and the turn answers at once. A conversation that already has
// replies in the outbox queues new ones behind them, so nothing overtakes.
public sealed class TurnReplies(ConnectorClient connector, ReplyOutbox outbox, ILogger<TurnReplies> logger)
{
    public async Task SendAsync(string serviceUrl, string conversationId, string? activityId, IReadOnlyList<Activity> replies,
        DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        for (var k = 0; k < replies.Count; k++)
        {
            if (outbox.Holds(conversationId))
            {
                Defer(serviceUrl, conversationId, activityId, replies, k, "earlier replies to the conversation are still waiting", null);
                return;
            }
            try
            {
                await connector.SendAsync(serviceUrl, conversationId, replies[k], deadline, cancellationToken);
            }
            catch (Exception e) when (ConnectorException.IsRetryable(e, cancellationToken))
            {
                Defer(serviceUrl, conversationId, activityId, replies, k,
                    e is ConnectorException refused ? $"the connector answered {refused.Status}" : e.GetType().Name,
                    (e as ConnectorException)?.RetryAfter);
                return;
            }
            catch (Exception e) when (e is ConnectorException or HttpRequestException or OperationCanceledException)
            {
                // Refused for good (400/401/403/404), or the inbound request was cancelled: Azure Bot Service gave up
                // on it and may deliver the activity again, so sending later could duplicate the answer.
                logger.LogError(e, "Reply to {ActivityId} could not be sent", activityId);
                if (cancellationToken.IsCancellationRequested) return;
            }
        }
    }

    private void Defer(string serviceUrl, string conversationId, string? activityId, IReadOnlyList<Activity> replies, int from, string reason,
        TimeSpan? retryAfter)
    {
        var rest = replies.Skip(from).ToList();
        // The outbox's first attempt waits the Retry-After this failure carried: retrying sooner only earns another 429.
        if (outbox.TryEnqueue(serviceUrl, conversationId, rest, retryAfter))
            logger.LogWarning("Reply to {ActivityId} deferred to the outbox ({Reason}): {Count} of {Total} replies will be sent later",
                activityId, reason, rest.Count, replies.Count);
    }
}
