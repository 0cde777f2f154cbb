using System.Text.Json.Nodes;

namespace StakeholderBot.Bot.Tests;

// Reading cards the bot sent: actions, input values as a client would submit them, facts, text.
public static class MeetingCards
{
    public static IEnumerable<JsonObject> Nodes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                    foreach (var inner in Nodes(child)) yield return inner;
                break;
            case JsonArray array:
                foreach (var child in array)
                    foreach (var inner in Nodes(child)) yield return inner;
                break;
        }
    }

    public static IEnumerable<JsonObject> Actions(JsonObject card) =>
        Nodes(card).Where(n => (string?)n["type"] is "Action.Execute" or "Action.OpenUrl");

    // What a client submits for each input: its current value, or "" when empty (Toggle: its valueOff).
    public static Dictionary<string, string> InputValues(JsonObject card) => Nodes(card["body"])
        .Where(n => ((string?)n["type"])?.StartsWith("Input.") == true)
        .ToDictionary(n => (string)n["id"]!, n => n["value"] switch
        {
            null => (string?)n["valueOff"] ?? "",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonValue v => v.ToJsonString(),
            _ => "",
        });

    public static Dictionary<string, string> Facts(JsonObject card) => Nodes(card)
        .Where(n => (string?)n["type"] == "FactSet")
        .SelectMany(n => n["facts"]!.AsArray().Select(f => f!.AsObject()))
        .GroupBy(f => ((string)f["title"]!).Trim())
        .ToDictionary(g => g.Key, g => (string)g.First()["value"]!);

    public static string Text(JsonObject card) => string.Join("\n", Nodes(card)
        .Select(n => n["text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).Where(s => s is not null));

    public static string? ErrorFor(JsonObject card, string inputId) =>
        Nodes(card).FirstOrDefault(n => (string?)n["id"] == inputId + "Error") is { } e ? (string?)e["text"] : null;

    // The step a form card shows ("Step 2 of 4: Who took part"), 0 for any other card.
    public static int StepOf(JsonObject card) =>
        Nodes(card).FirstOrDefault(n => (string?)n["id"] == "step") is { } step ? int.Parse(((string)step["text"]!).Split(' ')[1]) : 0;

    public static string? TextById(JsonObject card, string id) =>
        Nodes(card).FirstOrDefault(n => (string?)n["id"] == id) is { } node ? (string?)node["text"] : null;

    public static JsonObject InvokeCard(JsonObject invokeResponse)
    {
        Xunit.Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)invokeResponse["type"]);
        return invokeResponse["value"]!.AsObject();
    }
}
