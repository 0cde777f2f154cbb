using System.Globalization;
using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Meetings;

// Adaptive Card 1.5 inputs as Teams renders them on desktop and mobile, each followed by the server's
// error for that field (client-side checks only catch what the schema can express).
internal sealed class FormInputs(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors)
{
    public IEnumerable<JsonNode> Text(string id, string label, bool required = false, int maxLength = MeetingFields.ShortTextMax,
        bool multiline = false, string? placeholder = null, string? style = null)
    {
        var input = Input("Input.Text", id, label, required);
        input["maxLength"] = maxLength;
        if (multiline) input["isMultiline"] = true;
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (style is not null) input["style"] = style;
        if (Value(id) is { Length: > 0 } text) input["value"] = text;
        return WithError(input, id);
    }

    public IEnumerable<JsonNode> Number(string id, string label, bool required = false, string? placeholder = null)
    {
        var input = Input("Input.Number", id, label, required);
        input["min"] = 0;
        input["max"] = MeetingFields.ParticipantsMax;
        if (placeholder is not null) input["placeholder"] = placeholder;
        // Input.Number only accepts a number as its value; text that did not parse is shown in the error instead.
        if (int.TryParse(Value(id), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) input["value"] = number;
        return WithError(input, id);
    }

    public IEnumerable<JsonNode> Date(string id, string label, bool required = false)
    {
        var input = Input("Input.Date", id, label, required);
        if (DateOnly.TryParseExact(Value(id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            input["value"] = Value(id);
        return WithError(input, id);
    }

    public IEnumerable<JsonNode> Choices(string id, string label, IReadOnlyList<Choice> choices, bool required = false,
        string? placeholder = null)
    {
        var input = Input("Input.ChoiceSet", id, label, required);
        input["style"] = "compact";
        input["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject
        {
            ["title"] = c.Title,
            ["value"] = c.Value,
        }).ToArray());
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (MeetingChoices.Contains(choices, Value(id))) input["value"] = Value(id);
        return WithError(input, id);
    }

    public IEnumerable<JsonNode> Toggle(string id, string title)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = id,
            ["title"] = title,
            ["valueOn"] = "true",
            ["valueOff"] = "false",
            ["value"] = Value(id) == "true" ? "true" : "false",
        };
        return WithError(input, id);
    }

    private string Value(string id) => values.TryGetValue(id, out var value) ? value : "";

    private static JsonObject Input(string type, string id, string label, bool required)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = label + " is required.";
        }
        return input;
    }

    private IEnumerable<JsonNode> WithError(JsonObject input, string id)
    {
        yield return input;
        if (errors.TryGetValue(id, out var error)) yield return AdaptiveCard.Error(Markdown.Escape(error), id: id + "Error");
    }
}
