using System.Globalization;
using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Meetings;

// Adaptive Card 1.5 inputs as Teams renders them on desktop and mobile, each followed by the server's error
// for that field. The inputs carry no client-side rules (isRequired, min, max): the client would block Back
// on an empty required field, clamp a number to its bounds without a word, or keep a button from working
// with no message; the server checks every field and says what is wrong next to it. A required field's
// label ends with " *".
internal sealed class FormInputs(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors)
{
    public IEnumerable<JsonNode> Text(string id, int maxLength = MeetingFields.ShortTextMax, bool multiline = false,
        string? placeholder = null, string? style = null, string? label = null)
    {
        var input = Input("Input.Text", id, label);
        input["maxLength"] = maxLength;
        if (multiline) input["isMultiline"] = true;
        if (placeholder is not null) input["placeholder"] = placeholder;
        if (style is not null) input["style"] = style;
        if (Value(id) is { Length: > 0 } text) input["value"] = text;
        return WithError(input, id);
    }

    public IEnumerable<JsonNode> Number(string id, string? placeholder = null)
    {
        var input = Input("Input.Number", id);
        if (placeholder is not null) input["placeholder"] = placeholder;
        // Input.Number only accepts a number as its value; text that did not parse is shown in the error instead.
        if (decimal.TryParse(Value(id), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) input["value"] = number;
        return WithError(input, id);
    }

    public IEnumerable<JsonNode> Date(string id, string? label = null)
    {
        var input = Input("Input.Date", id, label);
        if (DateOnly.TryParseExact(Value(id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            input["value"] = Value(id);
        return WithError(input, id);
    }

    public IEnumerable<JsonNode> Choices(string id, IReadOnlyList<Choice> choices, string? placeholder = null)
    {
        var input = Input("Input.ChoiceSet", id);
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

    public IEnumerable<JsonNode> Toggle(string id)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = id,
            ["title"] = MeetingSteps.Label(id),
            ["valueOn"] = "true",
            ["valueOff"] = "false",
            ["value"] = Value(id) == "true" ? "true" : "false",
        };
        return WithError(input, id);
    }

    private string Value(string id) => values.TryGetValue(id, out var value) ? value : "";

    private static JsonObject Input(string type, string id, string? label = null) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["label"] = (label ?? MeetingSteps.Label(id)) + (MeetingSteps.Required.Contains(id) ? " *" : ""),
    };

    private IEnumerable<JsonNode> WithError(JsonObject input, string id)
    {
        yield return input;
        if (errors.TryGetValue(id, out var error)) yield return AdaptiveCard.Error(Markdown.Escape(error), id: id + "Error");
    }
}
