using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Protocol;

namespace StakeholderBot.Bot.Connector;

// The Bot Connector REST API the bot needs: send, reply, update, typing. Tokens and retries are
// added by the HttpClient's handlers (ConnectorTokenHandler, ConnectorRetryHandler).
public sealed class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger)
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

    public async Task<string?> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        using var response = await http.PutAsJsonAsync(Combine(serviceUrl, path), activity with { Id = activityId }, BotJson.Options, cancellationToken);
        return await ReadIdAsync(response, activity, cancellationToken);
    }

    public Task<string?> SendTypingAsync(string serviceUrl, ConversationAccount conversation, ChannelAccount? bot, CancellationToken cancellationToken) =>
        SendAsync(serviceUrl, conversation.Id ?? "", new Activity { Type = ActivityTypes.Typing, From = bot, Conversation = conversation }, cancellationToken);

    private async Task<string?> ReadIdAsync(HttpResponseMessage response, Activity activity, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            logger.LogError("Connector refused the reply to {ActivityId}: {Status} {Body}",
                activity.ReplyToId, (int)response.StatusCode, body.Length > 500 ? body[..500] : body);
            throw new ConnectorException((int)response.StatusCode, body);
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

    private static Uri Combine(string serviceUrl, string path) => new(serviceUrl.TrimEnd('/') + "/" + path);
}

public sealed class ConnectorException(int status, string body)
    : Exception($"The Bot Connector answered {status}.")
{
    public int Status { get; } = status;
    public string Body { get; } = body;
}
