namespace StakeholderBot.Bot.Connector;

// The one rule for trying a reply again, for every send of the outbox (in the turn and after it). Teams throttles
// per conversation (429 with Retry-After) and documents 412, 502, 503 and 504 as transient; 400-404 and the rest
// would only fail the same way again. Retry-After is the connector's word and is waited in full (retrying earlier
// only earns another 429); otherwise the wait doubles from FirstBackoff, with jitter so that replies failed by one
// outage do not all come back at once. A reply gets MaxAttempts attempts within Budget of its first.
public sealed record RetryPolicy(int MaxAttempts, TimeSpan Budget, TimeSpan FirstBackoff)
{
    // Azure Bot Service gives up on an inbound request about 15 s after sending it (and may then deliver the
    // activity again); replies still unsent after this much of it are finished in the background.
    public static readonly TimeSpan InTurnBudget = TimeSpan.FromSeconds(11);

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    public static bool IsRetryableStatus(int status) => status is 429 or 412 or 502 or 503 or 504;

    // Worth another try later: a retryable answer, a network failure, or a timeout, but not the caller's own
    // cancellation (for a reply in the turn that means Azure Bot Service gave up on the turn).
    public static bool IsRetryable(Exception error, CancellationToken callerToken) => error switch
    {
        ConnectorException refused => IsRetryableStatus(refused.Status),
        HttpRequestException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    // How long to wait before attempt number `attempt` (2 or more), after `error` ended the one before it.
    public TimeSpan WaitBefore(int attempt, Exception error)
    {
        if ((error as ConnectorException)?.RetryAfter is { } retryAfter) return retryAfter;
        var doubled = FirstBackoff.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 2));
        return TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, doubled) * (0.8 + Random.Shared.NextDouble() * 0.4));
    }
}
