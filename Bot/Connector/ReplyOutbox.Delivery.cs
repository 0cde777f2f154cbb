namespace StakeholderBot.Bot.Connector;

public sealed partial class ReplyOutbox
{
    // One reply: attempts until it is delivered, refused for good, or out of attempts or budget. Each attempt is one
    // request; the waits between them are here, so none sleeps inside the HttpClient call under its timeout.
    // A timeout or network error after the connector took the reply can send it twice; Teams has no idempotency
    // key for sends, and a duplicate is the lesser harm than a lost answer.
    private async Task<Delivery> DeliverAsync(string key, Pending item)
    {
        var started = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            var inTurn = InTurn(item);
            if (inTurn && item.Turn!.RequestAborted.IsCancellationRequested)
            {
                logger.LogWarning("Reply to {ReplyToId} in conversation {ConversationId} not sent: Azure Bot Service gave up on the turn and may deliver it again",
                    item.Activity.ReplyToId, item.ConversationId);
                return new Delivery(DeliveryOutcome.Lost);
            }
            using var turnOrStop = inTurn ? CancellationTokenSource.CreateLinkedTokenSource(stopping.Token, item.Turn!.RequestAborted) : null;
            var token = turnOrStop?.Token ?? stopping.Token;
            Exception failure;
            // Background sends share ParallelSends; a turn's own sends are bounded by the requests that wait for them.
            if (!inTurn) await sends.WaitAsync(stopping.Token);
            try
            {
                var id = item.Create is { } create
                    ? await connectors().CreateConversationAsync(item.ServiceUrl, create, token)
                    : await connectors().SendAsync(item.ServiceUrl, item.ConversationId, item.Activity, token);
                if (!inTurn)
                    logger.LogInformation("Deferred reply to {ReplyToId} in conversation {ConversationId} delivered on attempt {Attempt}",
                        item.Activity.ReplyToId, item.ConversationId, attempt);
                return new Delivery(DeliveryOutcome.Delivered, Id: id);
            }
            catch (Exception e) when (RetryPolicy.IsRetryable(e, token))
            {
                failure = e;
            }
            catch (Exception e) when (e is ConnectorException or UntrustedServiceUrlException)
            {
                logger.LogError("Reply to {ReplyToId} in conversation {ConversationId} was refused ({Reason}); not retried",
                    item.Activity.ReplyToId, item.ConversationId, e.Message);
                return new Delivery(DeliveryOutcome.Refused, (e as ConnectorException)?.Status);
            }
            catch (OperationCanceledException) when (inTurn && item.Turn!.RequestAborted.IsCancellationRequested)
            {
                continue; // dropped at the top of the loop
            }
            finally
            {
                if (!inTurn) sends.Release();
            }

            var what = failure is ConnectorException refused ? $"the connector answered {refused.Status}" : failure.GetType().Name;
            if (flushing.IsCancellationRequested || attempt >= retry.MaxAttempts)
            {
                Lost(item, what, flushing.IsCancellationRequested ? "the bot is shutting down" : $"{attempt} attempts failed");
                return new Delivery(DeliveryOutcome.Lost);
            }
            var wait = retry.WaitBefore(attempt + 1, failure);
            var now = time.GetUtcNow();
            if (now + wait - started > retry.Budget)
            {
                Lost(item, what, $"waiting {wait.TotalSeconds:F0} s more would pass its {retry.Budget.TotalSeconds:F0} s budget");
                return new Delivery(DeliveryOutcome.Lost);
            }
            if (inTurn && now + wait > item.Turn!.Deadline)
                lock (gate) Defer(conversations[key], item.Turn, what);
            logger.LogWarning("Reply to {ReplyToId} in conversation {ConversationId} got {Failure}; attempt {Next} in {WaitSeconds:F1} s",
                item.Activity.ReplyToId, item.ConversationId, what, attempt + 1, wait.TotalSeconds);
            // Shutdown ends the wait early for one last attempt (see StopAsync).
            try { await Task.Delay(wait, time, flushing.Token); }
            catch (OperationCanceledException) when (flushing.IsCancellationRequested) { }
        }
    }

    private bool InTurn(Pending item)
    {
        lock (gate) return !item.Deferred;
    }

    private void Lost(Pending item, string failure, string reason) =>
        logger.LogError("Reply to {ReplyToId} in conversation {ConversationId} is lost: last answer {Failure}, {Reason}",
            item.Activity.ReplyToId, item.ConversationId, failure, reason);
}
