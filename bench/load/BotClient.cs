using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace StakeholderBot.Bench.Load;

public sealed record TurnReply(int Status, JsonArray Replies, JsonObject? Invoke)
{
    public IEnumerable<JsonObject> Cards => Replies.SelectMany(r => (r?["attachments"] as JsonArray ?? []).Select(a => a?["content"])).OfType<JsonObject>();

    public JsonObject? InvokeCard => Invoke?["type"]?.ToString() == "application/vnd.microsoft.card.adaptive" ? Invoke["value"] as JsonObject : null;
}

// Talks to the bot as Teams does in a personal chat: messages with expectReplies, Action.Execute invokes.
public sealed class BotClient(HttpClient http, string serviceUrl)
{
    public async Task<TurnReply> SayAsync(SimUser user, string text)
    {
        var activity = Activity(user, "message");
        activity["text"] = text;
        activity["deliveryMode"] = "expectReplies";
        using var response = await PostAsync(activity);
        var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        return new TurnReply((int)response.StatusCode, body?["activities"] as JsonArray ?? [], null);
    }

    public async Task<TurnReply> PressAsync(SimUser user, string verb, JsonObject data)
    {
        var activity = Activity(user, "invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await PostAsync(activity);
        var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        return new TurnReply((int)response.StatusCode, [], body);
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await http.PostAsync("/api/messages", content);
    }

    private JsonObject Activity(SimUser user, string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = SimUser.Tenant, ["id"] = user.Conversation },
        ["recipient"] = new JsonObject { ["id"] = "28:load-bot", ["name"] = "StakeholderBot" },
        ["locale"] = user.Locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = SimUser.Tenant } },
    };
}
