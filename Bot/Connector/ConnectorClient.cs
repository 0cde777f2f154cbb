using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Protocol;

namespace StakeholderBot.Bot.Connector;

// The Bot Connector REST API the bot needs: send and reply. Tokens and retries are
// added by the HttpClient's handlers (ConnectorTokenHandler, ConnectorRetryHandler).
public sealed class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger, TimeProvider? time = null)
{
    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(serviceUrl, conversationId, activity, deadline: null, cancellationToken);

    // deadline: when every attempt and wait must be over (a reply inside the inbound request passes the turn's);
    // null for proactive sends, which get ConnectorRetryHandler.BackgroundBudget.
    public async Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { Length: > 0 } replyTo) path += "/" + Uri.EscapeDataString(replyTo);
        using var request = new HttpRequestMessage(HttpMethod.Post, Combine(serviceUrl, path))
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        if (deadline is { } until) request.Options.Set(ConnectorRetryHandler.Deadline, until);
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadIdAsync(response, activity, cancellationToken);
    }

    private async Task<string?> ReadIdAsync(HttpResponseMessage response, Activity activity, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            // A retryable answer is not yet a lost reply: the caller (turn or outbox) decides and logs that.
            logger.Log(ConnectorException.IsRetryableStatus(status) ? LogLevel.Warning : LogLevel.Error,
                "Connector refused the reply to {ActivityId}: {Status} {Body}",
                activity.ReplyToId, status, body.Length > 500 ? body[..500] : body);
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
        var wait = header?.Delta ?? (header?.Date is { } date ? date - (time ?? TimeProvider.System).GetUtcNow() : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static Uri Combine(string serviceUrl, string path) => new(serviceUrl.TrimEnd('/') + "/" + path);
}
