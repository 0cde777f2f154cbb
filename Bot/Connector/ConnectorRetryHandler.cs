using System.Net;

namespace StakeholderBot.Bot.Connector;

// Teams throttles per conversation: 429 says how long to wait; 412/502/503/504 are retried with backoff.
public sealed class ConnectorRetryHandler(TimeProvider time) : DelegatingHandler
{
    public const int MaxAttempts = 4;
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(20);
    private static readonly HashSet<HttpStatusCode> Transient =
        [HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = request.Content?.Headers.ContentType;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var retryable = response.StatusCode == HttpStatusCode.TooManyRequests || Transient.Contains(response.StatusCode);
            if (!retryable || attempt == MaxAttempts) return response;
            var wait = Delay(response, attempt);
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

    private static TimeSpan Delay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : (TimeSpan?)null)
            ?? TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1) * (0.8 + Random.Shared.NextDouble() * 0.4));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxWait ? MaxWait : wait;
    }
}
