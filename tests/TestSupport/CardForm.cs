using System.Globalization;
using System.Text.Json.Nodes;

namespace StakeholderBot.TestSupport;

public sealed record CardInput(string Id, string Type, IReadOnlyList<string> Choices, JsonObject Definition);

public sealed record CardButton(string Verb, JsonObject Data, string Type);

// An Adaptive Card as a user meets it: its buttons (Action.Execute / Action.Submit with their verb and data)
// and its inputs, and how a user who answers plausibly would fill them in.
public sealed class CardForm
{
    private CardForm(List<CardInput> inputs, List<CardButton> buttons)
    {
        Inputs = inputs;
        Buttons = buttons;
    }

    public IReadOnlyList<CardInput> Inputs { get; }

    public IReadOnlyList<CardButton> Buttons { get; }

    public static CardForm Read(JsonNode card)
    {
        var inputs = new List<CardInput>();
        var buttons = new List<CardButton>();
        Walk(card, inputs, buttons);
        return new CardForm(inputs, buttons);
    }

    public CardButton? Button(Func<string, bool> verb) => Buttons.FirstOrDefault(b => verb(b.Verb));

    // What Teams sends when the button is pressed: the button's data plus the inputs' values (every input, or
    // only the required ones and those already holding a value, as a hurried user would).
    public JsonObject Submit(CardButton button, IReadOnlyDictionary<string, string>? overrides = null, bool fillOptional = true)
    {
        var data = (JsonObject)button.Data.DeepClone();
        foreach (var input in Inputs)
        {
            // Required as the user sees it: Teams' own marker, or a label ending in " *" (the meeting form's).
            var required = input.Definition["isRequired"]?.GetValue<bool>() == true
                || (input.Definition["label"] as JsonValue)?.ToString().EndsWith(" *", StringComparison.Ordinal) == true;
            var shown = input.Definition["value"] is JsonValue v && v.ToString().Length > 0;
            if (fillOptional || required || shown) data[input.Id] = Value(input);
        }
        foreach (var (id, value) in overrides ?? new Dictionary<string, string>()) data[id] = value;
        return data;
    }

    // The value already on the card if there is one, else a plausible answer within the input's limits.
    public static string Value(CardInput input)
    {
        var d = input.Definition;
        if (d["value"] is JsonValue current && current.ToString() is { Length: > 0 } shown) return shown;
        if (KnownAnswers.TryGetValue(input.Id, out var known)) return known;
        return input.Type switch
        {
            "Input.ChoiceSet" when input.Choices.Count > 0 => input.Choices[0],
            "Input.Number" => Number(d),
            "Input.Date" => d["min"]?.ToString() ?? d["max"]?.ToString() ?? DateTime.UtcNow.Date.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "Input.Time" => d["min"]?.ToString() ?? "10:30",
            "Input.Toggle" => d["valueOn"]?.ToString() ?? "true",
            _ => Text(d),
        };
    }

    // Inputs whose plausible value depends on others: the meeting form's participant counts must add up.
    private static readonly Dictionary<string, string> KnownAnswers = new(StringComparer.Ordinal)
    {
        ["participantsTotal"] = "24", ["participantsPublicAuthority"] = "6", ["participantsBusinessSupport"] = "4",
        ["participantsSme"] = "9", ["participantsResearch"] = "3", ["participantsOther"] = "2",
    };

    private static string Number(JsonObject d)
    {
        var min = double.TryParse(d["min"]?.ToString(), CultureInfo.InvariantCulture, out var lo) ? lo : (double?)null;
        var max = double.TryParse(d["max"]?.ToString(), CultureInfo.InvariantCulture, out var hi) ? hi : (double?)null;
        var value = min is { } a && max is { } b ? Math.Floor((a + b) / 2) : min ?? Math.Min(max ?? 3, 3);
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Text(JsonObject d)
    {
        // A pattern on a text input is, in these cards, an e-mail address (the only one a plausible text would fail).
        if (d["regex"] is not null || d["style"]?.ToString() == "Email") return "someone@example.org";
        if (d["style"]?.ToString() == "Url") return "https://example.org/rsg/minutes";
        const string text = "Load check: export plans for the Lombardy pilot";
        var max = int.TryParse(d["maxLength"]?.ToString(), out var m) && m > 0 ? m : text.Length;
        return text[..Math.Min(max, text.Length)];
    }

    private static void Walk(JsonNode? node, List<CardInput> inputs, List<CardButton> buttons)
    {
        switch (node)
        {
            case JsonObject o:
                var type = (o["type"] as JsonValue)?.ToString() ?? "";
                if (type is "Action.Execute" or "Action.Submit")
                {
                    var data = o["data"] as JsonObject ?? [];
                    var verb = (o["verb"] as JsonValue)?.ToString() ?? (data["verb"] as JsonValue)?.ToString();
                    if (verb is not null) buttons.Add(new CardButton(verb, data, type));
                }
                if (type.StartsWith("Input.", StringComparison.Ordinal) && (o["id"] as JsonValue)?.ToString() is { } id)
                    inputs.Add(new CardInput(id, type, Choices(o), o));
                foreach (var (_, child) in o) Walk(child, inputs, buttons);
                break;
            case JsonArray a:
                foreach (var child in a) Walk(child, inputs, buttons);
                break;
        }
    }

    private static List<string> Choices(JsonObject input) =>
        (input["choices"] as JsonArray)?.Select(c => (c?["value"] as JsonValue)?.ToString()).OfType<string>().ToList() ?? [];
}
