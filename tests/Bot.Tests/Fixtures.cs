using System.Text.Json.Nodes;

namespace StakeholderBot.Bot.Tests;

// Realistic Teams payloads written for these tests (shapes follow what Teams and the Playground send).
public static class Fixtures
{
    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json")))!.AsObject();

    public static JsonObject Message(string text, string locale = "en-US", string conversationId = "a:1Hx9personal", string userAad = "7a1c2f64-93b1-4a7e-9a52-1f2b3c4d5e6f")
    {
        var activity = Load("personal-message");
        activity["text"] = text;
        activity["locale"] = locale;
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["conversation"]!["id"] = conversationId;
        activity["from"]!["aadObjectId"] = userAad;
        return activity;
    }
}
