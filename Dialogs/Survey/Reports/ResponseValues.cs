using System.Globalization;
using StakeholderBot.Dialogs.Survey.Definitions;

namespace StakeholderBot.Dialogs.Survey.Reports;

// Canonical answer strings <-> the typed values stored in the response table (one property per question).
public static class ResponseValues
{
    // Contact details are left out: they are never part of the stored response.
    public static Dictionary<string, object> Typed(SurveyDefinition survey, IReadOnlyDictionary<string, string> answers)
    {
        var typed = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var question in survey.AnswerQuestions)
        {
            if (!answers.TryGetValue(question.Id, out var answer)) continue;
            typed[question.Id] = question.Kind switch
            {
                QuestionKind.Number when question.Limits.Integer => long.Parse(answer, CultureInfo.InvariantCulture),
                QuestionKind.Number => double.Parse(answer, CultureInfo.InvariantCulture),
                QuestionKind.Scale => int.Parse(answer, CultureInfo.InvariantCulture),
                QuestionKind.YesNo => answer == "yes",
                _ => answer,
            };
        }
        return typed;
    }

    public static string Canonical(object? value) => value switch
    {
        null => "",
        bool b => b ? "yes" : "no",
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
