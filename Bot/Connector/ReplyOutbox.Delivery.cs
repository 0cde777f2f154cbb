namespace StakeholderBot.Bot.Connector;

public sealed partial class ReplyOutbox
{
    // One reply: attempts until it is delivered, refused for good, or out of attempts or budget. The outbox owns
    // the waits: each attempt is one request (its deadline is now, so ConnectorRetryHandler does not sleep inside
    // the HttpClient call under its 30 s timeout), and a wait that would end past the budget is not started.
    // A timeout or network error after the connector took the reply can send it twice; Teams has no idempotency
    // key for sends, and a duplicate is the lesser harm than a lost answer.
    private async Task DeliverAsync(OutboxItem item, TimeSpan firstWait)
    {
        var started = time.GetUtcNow();
        var wait = firstWait;
        var failure = "the turn's answer";
        for (var attempt = 1; ; attempt++)
        {
            if (wait > TimeSpan.Zero)
            {
                if (time.GetUtcNow() + wait - started > options.ReplyBudget)
                {
                    Lost(item, failure, $"waiting {wait.TotalSeconds:F0} s more would pass its {options.ReplyBudget.TotalSeconds:F0} s budget");
                    return;
                }
                // Shutdown ends the wait early for one last attempt (see StopAsync).
                try { await Task.Delay(wait, time, flushing.Token); }
                catch (OperationCanceledException) when (flushing.IsCancellationRequested) { }
            }
            await sends.WaitAsync(stopping.Token);
            try
            {
                await connectors().SendAsync(item.ServiceUrl, item.ConversationId, item.Activity, time.GetUtcNow(), stopping.Token);
                logger.LogInformation("Deferred reply to {ReplyToId} in conversation {ConversationId} delivered on outbox attempt {Attempt}",
                    item.Activity.ReplyToId, item.ConversationId, attempt);
                return;
            }
            catch (Exception e) when (ConnectorException.IsRetryable(e, stopping.Token))
            {
                // attempt + 1: the turn's own attempt failed before this one.
                wait = (e as ConnectorException)?.RetryAfter ?? Backoff(attempt + 1);
                failure = e is ConnectorException refused ? refused.Status.ToString() : e.GetType().Name;
            }
            catch (ConnectorException e)
            {
                logger.LogError("Deferred reply to {ReplyToId} in conversation {ConversationId} was refused with {Status}; not retried",
                    item.Activity.ReplyToId, item.ConversationId, e.Status);
                return;
            }
            finally
            {
                sends.Release();
            }
            if (flushing.IsCancellationRequested || attempt >= options.MaxAttempts)
            {
                Lost(item, failure, flushing.IsCancellationRequested ? "the bot is shutting down" : $"{attempt} attempts failed");
                return;
            }
            logger.LogWarning("Deferred reply to {ReplyToId} in conversation {ConversationId} got {Failure}; next attempt in {WaitSeconds:F1} s",
                item.Activity.ReplyToId, item.ConversationId, failure, wait.TotalSeconds);
        }
    }

    private void Lost(OutboxItem item, string failure, string reason) =>
        logger.LogError("Deferred reply to {ReplyToId} in conversation {ConversationId} is lost: last answer {Failure}, {Reason}",
            item.Activity.ReplyToId, item.ConversationId, failure, reason);

    // 5xx and network errors: exponential with jitter, so replies failed by one outage do not all return at once.
    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(60_000, options.Backoff.TotalMilliseconds * Math.Pow(2, attempt - 1))
            * (0.8 + Random.Shared.NextDouble() * 0.4));
}
