using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace StakeholderBot.Resilience.Tests;

// BotApp's helpers for a host that was customised with WithWebHostBuilder (which returns the base factory).
public static class BotRequests
{
    public static async Task<HttpResponseMessage> PostActivityAsync(this WebApplicationFactory<Program> app, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await app.CreateClient().PostAsync("/api/messages", content);
    }

    // expectReplies: the activities the bot answered with.
    public static async Task<JsonArray> AskActivityAsync(this WebApplicationFactory<Program> app, JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        using var response = await app.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        return (JsonArray)(await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!;
    }

    // An invoke's response body (the card, message or error the bot answered with).
    public static async Task<JsonObject> InvokeActivityAsync(this WebApplicationFactory<Program> app, JsonObject activity)
    {
        using var response = await app.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
