using System.Globalization;
using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Survey;

// One question as card elements: the input (with Teams' own client-side checks), its help, its error.
public static class SurveyInputs
{
    public static IEnumerable<JsonNode> For(QuestionView q, SurveyTexts texts)
    {
        var input = q.Kind switch
        {
            InputKind.Number => Number(q),
            InputKind.Date => Date(q),
            InputKind.SingleChoice or InputKind.MultipleChoice => Choice(q, texts),
            _ => Text(q),
        };
        input["id"] = q.InputId;
        input["label"] = q.Label;
        if (q.Required) input["isRequired"] = true;
        if (q.ClientError is not null) input["errorMessage"] = q.ClientError;

        var items = new List<JsonNode?>
        {
            input,
            q.Help is null ? null : AdaptiveCard.Text(q.Help, size: "Small", isSubtle: true),
            q.Error is null ? null : AdaptiveCard.Error(q.Error, id: "error." + q.InputId),
        };
        // A spacer container keeps each question visually apart on narrow mobile screens.
        var block = AdaptiveCard.Container(items);
        block["spacing"] = "Medium";
        yield return block;
    }

    private static JsonObject Text(QuestionView q)
    {
        var input = new JsonObject { ["type"] = "Input.Text" };
        if (q.Multiline) input["isMultiline"] = true;
        if (q.MaxLength is { } max) input["maxLength"] = max;
        if (q.Pattern is not null) input["regex"] = q.Pattern;
        if (!string.IsNullOrEmpty(q.Value)) input["value"] = q.Value;
        return input;
    }

    // No min or max on the card: clients clamp a number to them (400 became 249) or silently block the
    // button on a date outside them. The server checks the bounds and says what is wrong next to the field.
    private static JsonObject Number(QuestionView q)
    {
        var input = new JsonObject { ["type"] = "Input.Number" };
        // Input.Number only takes a number; anything else the respondent sent stays in the error text.
        if (decimal.TryParse(q.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            input["value"] = value;
        return input;
    }

    private static JsonObject Date(QuestionView q)
    {
        var input = new JsonObject { ["type"] = "Input.Date" };
        if (DateOnly.TryParseExact(q.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            input["value"] = q.Value;
        return input;
    }

    private static JsonObject Choice(QuestionView q, SurveyTexts texts)
    {
        var choices = q.Choices ?? [];
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["style"] = q.Expanded ? "expanded" : "compact",
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (q.Kind == InputKind.MultipleChoice) input["isMultiSelect"] = true;
        if (!q.Expanded) input["placeholder"] = texts.Choose;
        // Only values the card offers go back in, so a tampered answer never reappears as a selection.
        var selected = (q.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(v => choices.Any(c => c.Value == v)).ToList();
        if (selected.Count > 0) input["value"] = string.Join(",", selected);
        return input;
    }
}
