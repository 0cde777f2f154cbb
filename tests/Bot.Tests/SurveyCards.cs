using System.Text.Json.Nodes;

namespace StakeholderBot.Bot.Tests;

// Reading survey cards the way a person looks at them: inputs, their values, errors, the progress line.
public static class SurveyCards
{
    public static IEnumerable<JsonObject> Elements(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var child in obj.Select(p => p.Value).SelectMany(Elements)) yield return child;
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.SelectMany(Elements)) yield return child;
        }
    }

    public static IReadOnlyList<string> InputIds(JsonObject card) =>
        Elements(card["body"]).Where(e => e["type"]?.GetValue<string>()?.StartsWith("Input.") == true)
            .Select(e => e["id"]!.GetValue<string>()).ToList();

    public static JsonObject Input(JsonObject card, string id) =>
        Elements(card["body"]).Single(e => e["id"]?.GetValue<string>() == id);

    public static string? Value(JsonObject card, string id) => Input(card, id)["value"]?.ToString();

    public static string? ErrorFor(JsonObject card, string inputId) =>
        Elements(card["body"]).FirstOrDefault(e => e["id"]?.GetValue<string>() == "error." + inputId)?["text"]?.GetValue<string>();

    public static string? TextById(JsonObject card, string id) =>
        Elements(card["body"]).FirstOrDefault(e => e["id"]?.GetValue<string>() == id)?["text"]?.GetValue<string>();

    public static string? Progress(JsonObject card) => TextById(card, "progress");

    public static JsonObject Action(JsonObject card, string verb) =>
        Elements(card["actions"]).First(a => a["verb"]?.GetValue<string>() == verb);

    public static IReadOnlyList<string> Verbs(JsonObject card) =>
        Elements(card["actions"]).Select(a => a["verb"]?.GetValue<string>()).OfType<string>().ToList();

    public static string AllText(JsonObject card) =>
        string.Join("\n", Elements(card["body"]).Select(e => e["text"]?.GetValue<string>() ?? (e["title"] is JsonValue t ? t.ToString() : null)).OfType<string>()
            .Concat(Elements(card["body"]).Where(e => e["type"]?.GetValue<string>() == "FactSet")
                .SelectMany(f => f["facts"]!.AsArray().Select(x => $"{x!["title"]}: {x["value"]}"))));
}
