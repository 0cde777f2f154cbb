using System.Net;

namespace StakeholderBot.Bot.Connector;

// Teams throttles per conversation: 429 says how long to wait; 412/502/503/504 are retried with backoff.
// Every send has a deadline that covers all its attempts and waits. A reply sent while the inbound request is
// still open must be done before Azure Bot Service gives up on that request (about 15 s after it arrived; it
// then reports a failure and Teams may deliver the activity again), so the host passes the turn's deadline.
// A wait that would end after the deadline is not started: the last answer (429/5xx) goes back to the caller,
// which defers the reply to the ReplyOutbox (whose attempts pass a deadline of now: one request each).
// Sends without a deadline (proactive, background) get a longer budget.
public sealed class ConnectorRetryHandler(TimeProvider time, ILogger<ConnectorRetryHandler>? logger = null) : DelegatingHandler
{
    public const int MaxAttempts = 4;

    // From the inbound request's arrival: leaves a few seconds of the ~15 s for the last attempt and the response.
    public static readonly TimeSpan InTurnBudget = TimeSpan.FromSeconds(11);

    // Under the connector HttpClient's 30 s timeout, which bounds the whole send including these retries.
    public static readonly TimeSpan BackgroundBudget = TimeSpan.FromSeconds(25);

    public static readonly HttpRequestOptionsKey<DateTimeOffset> Deadline = new("StakeholderBot.Connector.Deadline");

    private static readonly HashSet<HttpStatusCode> Transient =
        [HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var deadline = request.Options.TryGetValue(Deadline, out var given) ? given : time.GetUtcNow() + BackgroundBudget;
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = request.Content?.Headers.ContentType;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var retryable = response.StatusCode == HttpStatusCode.TooManyRequests || Transient.Contains(response.StatusCode);
            if (!retryable || attempt == MaxAttempts) return response;
            var wait = Delay(response, attempt);
            var left = deadline - time.GetUtcNow();
            if (wait > left)
            {
                // A deadline already passed is the outbox's "one request, I do the waiting", not news.
                logger?.Log(left > TimeSpan.Zero ? LogLevel.Warning : LogLevel.Debug, "Connector answered {Status} to {Method} {Path}; retrying in {WaitSeconds:F1} s would pass the send's deadline ({LeftSeconds:F1} s left), so it is not retried",
                    (int)response.StatusCode, request.Method, request.RequestUri?.AbsolutePath, wait.TotalSeconds, Math.Max(0, left.TotalSeconds));
                return response;
            }
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken);
            // The content stream was consumed by the first attempt.
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = contentType;
            }
        }
    }

    // Retry-After is the service's word and is not shortened: retrying earlier only earns another 429.
    private TimeSpan Delay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : (TimeSpan?)null)
            ?? TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1) * (0.8 + Random.Shared.NextDouble() * 0.4));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
