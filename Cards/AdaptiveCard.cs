using System.Text.Json.Nodes;

namespace StakeholderBot.Cards;

// Small builders over JsonObject for Adaptive Cards 1.5 as Teams renders them.
// Every card the bot sends is built from these, never from string templates.
public static class AdaptiveCard
{
    public const string Version = "1.5";

    public static JsonObject Create(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null, bool fullWidth = false)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(body.Where(n => n is not null).ToArray()),
        };
        var actionList = actions?.Where(a => a is not null).ToArray() ?? [];
        if (actionList.Length > 0) card["actions"] = new JsonArray(actionList);
        // Full width reads better for wide forms and summaries in Teams (the Playground ignores it).
        if (fullWidth) card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    // Bot-authored text: markdown allowed.
    public static JsonObject Text(string text, string? size = null, string? weight = null,
        bool wrap = true, string? color = null, bool isSubtle = false, string? id = null, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (color is not null) block["color"] = color;
        if (isSubtle) block["isSubtle"] = true;
        if (id is not null) block["id"] = id;
        if (separator) block["separator"] = true;
        return block;
    }

    public static JsonObject Heading(string text) => Text(text, size: "Large", weight: "Bolder");

    // Text someone typed: a TextRun is never parsed as markdown, so it shows exactly as entered.
    public static JsonObject UserText(string text, bool isSubtle = false, string? color = null)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (isSubtle) run["isSubtle"] = true;
        if (color is not null) run["color"] = color;
        return new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(run) };
    }

    public static JsonObject Error(string text, string? id = null) =>
        Text(text, color: "Attention", size: "Small", id: id);

    // Status lines ("saved", "welcome back", "marked done") and problems at the top of a card sit in a
    // styled container with the default text colour: Teams' light, dark and high-contrast themes keep
    // that readable, where green or red text on the card's background is not.
    public static JsonObject Notice(string text, string id = "notice") =>
        Container([Text(text, id: id)], style: "good");

    public static JsonObject Alert(string text, string id = "error") =>
        Container([Text(text, weight: "Bolder", id: id)], style: "attention");

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject
        {
            ["title"] = Markdown.Escape(f.Title),
            ["value"] = Markdown.Escape(f.Value),
        }).ToArray()),
    };

    public static JsonObject Container(IEnumerable<JsonNode?> items, string? style = null, bool separator = false)
    {
        var container = new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray(items.Where(i => i is not null).ToArray()),
        };
        if (style is not null) container["style"] = style;
        if (separator) container["separator"] = true;
        return container;
    }

    public static JsonObject Execute(string title, string verb, JsonObject? data = null, string? style = null,
        bool validate = true)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data ?? new JsonObject(),
        };
        if (style is not null) action["style"] = style;
        // Back and Cancel must work with a half-filled page, so they skip client-side validation.
        if (!validate) action["associatedInputs"] = "none";
        return action;
    }

    public static JsonObject OpenUrl(string title, string url) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    public static JsonObject Actions(params JsonNode?[] actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray(actions.Where(a => a is not null).ToArray()) };
}
