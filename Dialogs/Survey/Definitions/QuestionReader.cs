using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StakeholderBot.Dialogs.Survey.Definitions;

internal static partial class QuestionReader
{
    private static readonly string[] Common = ["id", "kind", "label", "help", "required", "error", "showIf"];

    private static readonly Dictionary<string, (QuestionKind Kind, string[] Keys)> Kinds = new()
    {
        ["text"] = (QuestionKind.Text, ["minLength", "maxLength", "pattern", "multiline", "contact"]),
        ["number"] = (QuestionKind.Number, ["min", "max", "integer", "minError", "maxError"]),
        ["single"] = (QuestionKind.Single, ["choices", "choiceList"]),
        ["multiple"] = (QuestionKind.Multiple, ["choices", "choiceList", "min", "max"]),
        ["scale"] = (QuestionKind.Scale, ["minLabel", "maxLabel"]),
        ["date"] = (QuestionKind.Date, ["min", "max", "minError", "maxError"]),
        ["yesno"] = (QuestionKind.YesNo, ["mustBeYes"]),
    };

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    public static partial Regex IdPattern();

    // Choice values travel comma-joined in multiple-choice answers, so they are plain tokens.
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex ChoiceValuePattern();

    public static SurveyQuestion? Read(JsonNode? raw, string page, int index, IReadOnlyList<string> locales,
        IReadOnlyDictionary<string, IReadOnlyList<SurveyChoice>> choiceLists, List<string> errors)
    {
        if (raw is not JsonObject node) { errors.Add($"{page}: question {index + 1} must be an object"); return null; }
        var id = node["id"]?.GetValueKind() == JsonValueKind.String ? node["id"]!.GetValue<string>() : null;
        var q = new JsonFields(node, id is null ? $"{page}: question {index + 1}" : $"{page}: question '{id}'", errors);
        q.String("id", required: true);
        if (id is not null && !IdPattern().IsMatch(id)) q.Error("'id' must be lowercase letters, digits and '_' (up to 64), starting with a letter");

        var kindName = q.String("kind", required: true);
        if (kindName is not null && !Kinds.ContainsKey(kindName))
            q.Error($"'kind' must be one of {string.Join(", ", Kinds.Keys)}, got '{kindName}'");
        var label = q.Text("label", locales, required: true);
        var help = q.Text("help", locales);
        var error = q.Text("error", locales);
        var required = q.Bool("required");
        var showIf = q.Object("showIf") is { } condition ? ReadCondition(new JsonFields(condition, $"{q.Where}: showIf", errors)) : null;
        if (kindName is null || !Kinds.TryGetValue(kindName, out var kind)) { q.Allow([.. node.Select(p => p.Key)]); return null; }

        foreach (var key in node.Select(p => p.Key).Where(k => !Common.Contains(k) && !kind.Keys.Contains(k) && IsKnown(k)))
        {
            q.Error($"'{key}' does not apply to a {kindName} question");
            q.Allow(key);
        }
        var question = kind.Kind switch
        {
            QuestionKind.Text => new SurveyQuestion(id!, kind.Kind, label!, required, Multiline: q.Bool("multiline"), Contact: q.Bool("contact"),
                Bounds: new QuestionBounds(MinLength: q.Int("minLength"), MaxLength: q.Int("maxLength"), Pattern: q.String("pattern"))),
            QuestionKind.Number => new SurveyQuestion(id!, kind.Kind, label!, required,
                Bounds: new QuestionBounds(q.Number("min"), q.Number("max"), q.Bool("integer")),
                MinError: q.Text("minError", locales), MaxError: q.Text("maxError", locales)),
            QuestionKind.Single => new SurveyQuestion(id!, kind.Kind, label!, required, Choices: ChoicesOf(q, locales, choiceLists)),
            QuestionKind.Multiple => new SurveyQuestion(id!, kind.Kind, label!, required, Choices: ChoicesOf(q, locales, choiceLists),
                Bounds: new QuestionBounds(q.Int("min"), q.Int("max"), Integer: true)),
            QuestionKind.Scale => new SurveyQuestion(id!, kind.Kind, label!, required,
                MinLabel: q.Text("minLabel", locales), MaxLabel: q.Text("maxLabel", locales)),
            QuestionKind.Date => new SurveyQuestion(id!, kind.Kind, label!, required,
                Bounds: new QuestionBounds(MinDate: q.Date("min"), MaxDate: q.Date("max")),
                MinError: q.Text("minError", locales), MaxError: q.Text("maxError", locales)),
            _ => new SurveyQuestion(id!, kind.Kind, label!, required, MustBeYes: q.Bool("mustBeYes")),
        };
        q.RejectUnknown();
        return id is null || label is null ? null : question with { Help = help, Error = error, ShowIf = showIf };
    }

    public static Condition? ReadCondition(JsonFields c)
    {
        var question = c.String("question", required: true);
        var values = c.Strings("in");
        var answered = c.Bool("answered");
        c.RejectUnknown();
        if (values is null == !answered) c.Error("give either 'in' (a list of answers) or 'answered': true");
        if (values is { Count: 0 }) c.Error("'in' must list at least one answer");
        return question is null ? null : new Condition(question, values, answered);
    }

    public static IReadOnlyList<SurveyChoice> ReadChoices(JsonArray nodes, string what, JsonFields owner, IReadOnlyList<string> locales)
    {
        var choices = new List<SurveyChoice>();
        foreach (var raw in nodes)
        {
            if (raw is not JsonObject node) { owner.Error($"{what}: each choice must be an object"); continue; }
            var value = node["value"]?.GetValueKind() == JsonValueKind.String ? node["value"]!.GetValue<string>() : null;
            var choice = new JsonFields(node, $"{owner.Where}: {what} '{value}'", owner.Errors);
            choice.String("value", required: true);
            if (value is not null && !ChoiceValuePattern().IsMatch(value))
                choice.Error("'value' must be lowercase letters, digits, '_' and '-' (up to 64)");
            var text = choice.Text("text", locales, required: true);
            choice.RejectUnknown();
            if (value is not null && text is not null) choices.Add(new SurveyChoice(value, text));
        }
        if (choices.Select(c => c.Value).Distinct().Count() != choices.Count) owner.Error($"{what}: a choice value appears twice");
        return choices;
    }

    private static IReadOnlyList<SurveyChoice> ChoicesOf(JsonFields q, IReadOnlyList<string> locales,
        IReadOnlyDictionary<string, IReadOnlyList<SurveyChoice>> choiceLists)
    {
        var inline = q.Array("choices");
        var listName = q.String("choiceList");
        if (inline is not null == listName is not null) { q.Error("give either 'choices' or 'choiceList'"); return []; }
        if (inline is not null) return ReadChoices(inline, "choice", q, locales);
        if (choiceLists.TryGetValue(listName!, out var list)) return list;
        q.Error($"'choiceList' names '{listName}', which is not in the survey's 'choiceLists'");
        return [];
    }

    private static bool IsKnown(string key) => Kinds.Values.Any(k => k.Keys.Contains(key));
}
