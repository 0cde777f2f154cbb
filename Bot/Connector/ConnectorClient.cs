using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Storage;
using Activity = StakeholderBot.Bot.Protocol.Activity;

namespace StakeholderBot.Bot.Connector;

// The Bot Connector REST call the bot needs: post an activity to a conversation, once. The token is added by the
// HttpClient's handler (ConnectorTokenHandler); retries are the outbox's (RetryPolicy). A service URL nobody
// vouched for is refused here as well as at the door, so the bot's token can only go where Teams is.
public sealed class ConnectorClient(HttpClient http, ServiceUrlTrust serviceUrls, ILogger<ConnectorClient> logger, TimeProvider time)
{
    public async Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (!serviceUrls.IsTrusted(serviceUrl)) throw new UntrustedServiceUrlException();
        // The HTTP request (one per attempt, the outbox retries) is this span's child.
        using var span = BotTelemetry.Source.StartActivity("connector send", ActivityKind.Client);
        span?.SetTag("bot.activity.type", activity.Type);
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { Length: > 0 } replyTo) path += "/" + Uri.EscapeDataString(replyTo);
        using var content = JsonContent.Create(activity, options: BotJson.Options);
        using var response = await http.PostAsync(new Uri(serviceUrl.TrimEnd('/') + "/" + path), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            // A retryable answer is not yet a lost reply: the outbox decides and logs that.
            logger.Log(RetryPolicy.IsRetryableStatus(status) ? LogLevel.Warning : LogLevel.Error,
                "Connector refused the reply to {ActivityId}: {Status} {Body}",
                activity.ReplyToId, status, body.Length > 500 ? body[..500] : body);
            span?.SetStatus(ActivityStatusCode.Error, $"status {status}");
            throw new ConnectorException(status, body, RetryAfter(response));
        }
        if (response.Content.Headers.ContentLength == 0) return null;
        try
        {
            var json = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            return json?["id"]?.ToString();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
