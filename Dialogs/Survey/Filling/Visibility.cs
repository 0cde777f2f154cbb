using StakeholderBot.Dialogs.Survey.Definitions;

namespace StakeholderBot.Dialogs.Survey.Filling;

// Which questions and pages a respondent sees, given their answers so far. Conditions only look at
// earlier pages, so one pass in page order settles everything.
public static class Visibility
{
    public static bool Holds(Condition condition, IReadOnlyDictionary<string, string> answers)
    {
        if (!answers.TryGetValue(condition.Question, out var answer) || answer.Length == 0) return false;
        if (condition.Answered) return true;
        return Answers.Split(answer).Any(value => condition.In!.Contains(value));
    }

    public static bool IsShown(SurveyQuestion question, IReadOnlyDictionary<string, string> answers) =>
        question.ShowIf is not { } condition || Holds(condition, answers);

    public static IEnumerable<SurveyQuestion> ShownQuestions(SurveyPage page, IReadOnlyDictionary<string, string> answers) =>
        page.Questions.Where(q => IsShown(q, answers));

    // A page with a question everyone is asked is always shown and has a number; a page whose questions all depend on
    // earlier answers is a follow-up under the number of the page before it, so the total is known from the first page.
    public static bool IsNumbered(SurveyPage page) => page.Questions.Any(q => q.ShowIf is null);

    public static IReadOnlyList<int> ShownPages(SurveyDefinition survey, IReadOnlyDictionary<string, string> answers) =>
        Enumerable.Range(0, survey.Pages.Count).Where(i => ShownQuestions(survey.Pages[i], answers).Any()).ToList();

    // The answers that count: those to questions still shown. An answer left behind when the respondent
    // went back and changed an earlier one is kept in progress but never stored or scored.
    public static Dictionary<string, string> Effective(SurveyDefinition survey, IReadOnlyDictionary<string, string> answers)
    {
        var effective = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in survey.Questions)
        {
            if (answers.TryGetValue(question.Id, out var answer) && answer.Length > 0 && IsShown(question, effective))
                effective[question.Id] = answer;
        }
        return effective;
    }
}

// Multiple-choice answers travel as comma-joined choice values (values never contain commas).
public static class Answers
{
    public static IReadOnlyList<string> Split(string answer) =>
        answer.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> values) => string.Join(",", values);
}
