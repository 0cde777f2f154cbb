using System.Text.Json.Nodes;
using StakeholderBot.Cards;

namespace StakeholderBot.Resilience.Tests.Escaping;

// Where user text may land on what the bot sends, and whether it would format there. Teams renders markdown
// in TextBlock text, Fact titles and values, and message text; a TextRun, an input's value and action data are
// shown (or kept) as they are. A token of user text found raw in a rendered place is a violation.
public static class MarkupCheck
{
    // Each token formats (or mentions, or links) if it reaches a markdown place unescaped.
    public static readonly string[] Tokens =
        ["**bold**", "_it_", "`code`", "[x](https://evil.example.com)", "<at>Everyone</at>", "# Heading", "~~gone~~", "${user.name}"];

    public static string Hostile(string separator = " ") => string.Join(separator, Tokens);

    public static List<string> Violations(JsonNode? node, string path = "$")
    {
        var found = new List<string>();
        switch (node)
        {
            case JsonObject o:
                var type = (o["type"] as JsonValue)?.ToString();
                if (type == "TextBlock") Check(o["text"], path + ".text", found);
                if (type == "FactSet")
                    foreach (var (fact, i) in (o["facts"] as JsonArray ?? []).Select((f, i) => (f, i)))
                    {
                        Check(fact?["title"], $"{path}.facts[{i}].title", found);
                        Check(fact?["value"], $"{path}.facts[{i}].value", found);
                    }
                foreach (var (key, child) in o) found.AddRange(Violations(child, $"{path}.{key}"));
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) found.AddRange(Violations(a[i], $"{path}[{i}]"));
                break;
        }
        return found;
    }

    // A message reply: its text is markdown (textFormat "markdown"), and its cards are checked as cards.
    public static List<string> ReplyViolations(JsonNode? reply)
    {
        var found = new List<string>();
        if ((reply?["textFormat"] as JsonValue)?.ToString() is null or "markdown") Check(reply?["text"], "text", found);
        found.AddRange(Violations(reply?["attachments"], "attachments"));
        return found;
    }

    // Where the whole hostile text or a token of it shows anywhere, escaped or not (so a test can tell that
    // the user's text did come back, and the check above had something to check).
    public static bool Echoes(JsonNode? node) =>
        node?.ToJsonString() is { } json && Tokens.Any(t => json.Contains(System.Text.Json.JsonSerializer.Serialize(t)[1..^1], StringComparison.Ordinal)
            || json.Contains(System.Text.Json.JsonSerializer.Serialize(Markdown.Escape(t))[1..^1], StringComparison.Ordinal));

    private static void Check(JsonNode? text, string path, List<string> found)
    {
        if ((text as JsonValue)?.ToString() is not { } value) return;
        foreach (var token in Tokens.Where(t => t != "${user.name}"))
        {
            var rest = value.Replace(Markdown.Escape(token), "", StringComparison.Ordinal);
            if (rest.Contains(token, StringComparison.Ordinal)) found.Add($"{path}: '{token}' unescaped in \"{Cut(value)}\"");
        }
    }

    private static string Cut(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
