using System.Text.Json.Nodes;

namespace StakeholderBot.Resilience.Tests.Hostile;

public sealed record CardInput(string Id, string Type, IReadOnlyList<string> Choices);

// An action found on a card the bot sent: its verb, the data it carries and the inputs of its card.
public sealed record CardActionTemplate(string Verb, JsonObject Data, IReadOnlyList<CardInput> Inputs);

// What the card actions of the bot look like, read from the cards it actually sends, plus the verbs the flows
// are known to use, so the generator attacks the real verbs and input ids as flows change.
public sealed class CardCatalog
{
    public static readonly string[] KnownVerbs =
    [
        "survey.start", "survey.next", "survey.back", "survey.submit", "survey.new", "survey.refresh", "survey.results",
        "meeting.save", "meeting.edit", "meeting.cancel", "meeting.done", "meeting.reload",
        "survey.", "meeting.", "survey.drop", "meeting.delete", "SURVEY.next", "survey.next ", "unknown.verb", "",
    ];

    private readonly List<CardActionTemplate> templates = [];

    public IReadOnlyList<CardActionTemplate> Templates => templates;

    public IEnumerable<string> Verbs => templates.Select(t => t.Verb).Concat(KnownVerbs).Distinct();

    public void AddCard(JsonNode card)
    {
        var inputs = new List<CardInput>();
        var actions = new List<JsonObject>();
        Walk(card, inputs, actions);
        foreach (var action in actions)
        {
            var data = action["data"] as JsonObject ?? [];
            var verb = (string?)(action["verb"] as JsonValue) ?? (string?)(data["verb"] as JsonValue);
            if (verb is null || templates.Any(t => t.Verb == verb && JsonNode.DeepEquals(t.Data, data))) continue;
            templates.Add(new CardActionTemplate(verb, (JsonObject)data.DeepClone(), inputs));
        }
    }

    public CardActionTemplate Pick(Random random)
    {
        if (templates.Count > 0 && random.Next(4) != 0) return templates[random.Next(templates.Count)];
        return new CardActionTemplate(KnownVerbs[random.Next(KnownVerbs.Length)], [], []);
    }

    private static void Walk(JsonNode? node, List<CardInput> inputs, List<JsonObject> actions)
    {
        switch (node)
        {
            case JsonObject o:
                var type = (o["type"] as JsonValue)?.ToString() ?? "";
                if (type is "Action.Execute" or "Action.Submit") actions.Add(o);
                if (type.StartsWith("Input.", StringComparison.Ordinal) && (o["id"] as JsonValue)?.ToString() is { } id)
                    inputs.Add(new CardInput(id, type, Choices(o)));
                foreach (var (_, child) in o) Walk(child, inputs, actions);
                break;
            case JsonArray a:
                foreach (var child in a) Walk(child, inputs, actions);
                break;
        }
    }

    private static List<string> Choices(JsonObject input) =>
        (input["choices"] as JsonArray)?.Select(c => (c?["value"] as JsonValue)?.ToString()).OfType<string>().ToList() ?? [];
}
