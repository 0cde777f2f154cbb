namespace StakeholderBot.Bot.Connector;

// The connector's refusal of a send. RetryAfter is the connector's own word on when to try again (429, sometimes 503).
public sealed class ConnectorException(int status, string body, TimeSpan? retryAfter = null)
    : Exception($"The Bot Connector answered {status}.")
{
    public int Status { get; } = status;
    public string Body { get; } = body;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    // Throttling and the gateway/availability answers Teams documents as transient; 400/401/403/404 and the rest
    // would only fail the same way again.
    public static bool IsRetryableStatus(int status) => status is 429 or 412 or 502 or 503 or 504;

    // Worth another try later: a retryable answer, a network failure, or a timeout, but not the caller's own
    // cancellation (for a reply in the turn that means Azure Bot Service gave up and may deliver the activity again).
    public static bool IsRetryable(Exception error, CancellationToken callerToken) => error switch
    {
        ConnectorException refused => IsRetryableStatus(refused.Status),
        HttpRequestException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };
}
