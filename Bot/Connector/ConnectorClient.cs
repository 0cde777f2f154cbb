using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Storage;
using Activity = StakeholderBot.Bot.Protocol.Activity;

namespace StakeholderBot.Bot.Connector;

// The Bot Connector REST calls the bot needs: post an activity to a conversation, or start a 1:1 chat, once. The token is added by the
// HttpClient's handler (ConnectorTokenHandler); retries are the outbox's (RetryPolicy). A service URL nobody
// vouched for is refused here as well as at the door, so the bot's token can only go where Teams is.
public sealed class ConnectorClient(HttpClient http, ServiceUrlTrust serviceUrls, ILogger<ConnectorClient> logger, TimeProvider time)
{
    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { Length: > 0 } replyTo) path += "/" + Uri.EscapeDataString(replyTo);
        return PostAsync(serviceUrl, path, activity, "connector send", activity.Type, $"the reply to {activity.ReplyToId}", cancellationToken);
    }

    // Starts (or finds) the bot's 1:1 chat with a user: the new conversation's id. Teams refuses it (403, 404) when
    // the app is not installed for the user.
    public async Task<string> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await PostAsync(serviceUrl, "v3/conversations", parameters, "connector create conversation", null, "a new conversation", cancellationToken)
        ?? throw new ConnectorException(502, "The connector created a conversation but sent no id.");

    // One POST to the connector: the id it answered with, or a ConnectorException with its status.
    private async Task<string?> PostAsync<T>(string serviceUrl, string path, T body, string spanName, string? activityType, string what,
        CancellationToken cancellationToken)
    {
        if (!serviceUrls.IsTrusted(serviceUrl)) throw new UntrustedServiceUrlException();
        // The HTTP request (one per attempt, the outbox retries) is this span's child.
        using var span = BotTelemetry.Source.StartActivity(spanName, ActivityKind.Client);
        if (activityType is not null) span?.SetTag("bot.activity.type", activityType);
        using var content = JsonContent.Create(body, options: BotJson.Options);
        using var response = await http.PostAsync(new Uri(serviceUrl.TrimEnd('/') + "/" + path), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            // A retryable answer is not yet a lost reply: the outbox decides and logs that.
            logger.Log(RetryPolicy.IsRetryableStatus(status) ? LogLevel.Warning : LogLevel.Error,
                "Connector refused {What}: {Status} {Body}", what, status, text.Length > 500 ? text[..500] : text);
            span?.SetStatus(ActivityStatusCode.Error, $"status {status}");
            throw new ConnectorException(status, text, RetryAfter(response));
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
