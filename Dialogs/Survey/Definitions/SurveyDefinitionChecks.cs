using System.Text.RegularExpressions;

namespace StakeholderBot.Dialogs.Survey.Definitions;

// The checks that need the whole survey: bounds that contradict, references to questions, conditions
// that look forward, scoring and recommendations that name answers a question cannot have.
internal static class SurveyDefinitionChecks
{
    public const int DefaultMaxLength = 1000;
    public const int LongestText = 4000;

    public static IEnumerable<string> Check(SurveyDefinition survey, string file)
    {
        var pageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in survey.Pages.GroupBy(p => p.Id).Where(g => g.Count() > 1))
            yield return $"{file}: page '{page.Key}' appears twice";
        for (var i = 0; i < survey.Pages.Count; i++)
        {
            foreach (var question in survey.Pages[i].Questions)
            {
                if (!pageOf.TryAdd(question.Id, i)) yield return $"{file}: question '{question.Id}' appears twice";
                foreach (var problem in QuestionProblems(question))
                    yield return $"{file}: question '{question.Id}': {problem}";
                if (question.ShowIf is { } condition)
                    foreach (var problem in ConditionProblems(survey, condition, pageOf, before: i))
                        yield return $"{file}: question '{question.Id}': showIf: {problem}";
            }
        }

        var region = survey.Questions.FirstOrDefault(q => q.Id == survey.RegionQuestion);
        if (region is null) yield return $"{file}: regionQuestion '{survey.RegionQuestion}' is not a question of the survey";
        else if (region.Kind != QuestionKind.Single || !region.Required || region.ShowIf is not null)
            yield return $"{file}: question '{region.Id}': the region question must be a required single choice shown to everyone";
        foreach (var id in survey.ReportQuestions)
        {
            var question = survey.Questions.FirstOrDefault(q => q.Id == id);
            if (question is null) yield return $"{file}: reportQuestions names '{id}', which is not a question of the survey";
            else if (question.Kind is not (QuestionKind.Single or QuestionKind.Multiple or QuestionKind.YesNo or QuestionKind.Scale))
                yield return $"{file}: question '{id}': only choice, yes/no and scale questions can be counted in reportQuestions";
        }
        foreach (var problem in ScoringProblems(survey, file)) yield return problem;
        foreach (var question in survey.Questions.Where(q => q.Contact))
            foreach (var problem in ContactProblems(survey, question))
                yield return $"{file}: question '{question.Id}': {problem}";
    }

    // Contact details are asked only of someone who said yes to being contacted, and never counted or scored: they
    // are not part of the response.
    private static IEnumerable<string> ContactProblems(SurveyDefinition survey, SurveyQuestion q)
    {
        var consent = q.ShowIf is { In: { } answers } condition ? survey.Questions.FirstOrDefault(c => c.Id == condition.Question) : null;
        if (consent is not { Kind: QuestionKind.YesNo } || !q.ShowIf!.In!.SequenceEqual(["yes"]))
            yield return "a contact question needs showIf on a yes/no question (the consent to be contacted) with in: [\"yes\"]";
        if (q.Id == survey.RegionQuestion || survey.ReportQuestions.Contains(q.Id) || survey.Scoring?.Items.Any(i => i.Question == q.Id) == true
            || survey.Recommendations.Any(r => r.When?.Question == q.Id))
            yield return "a contact question is stored apart from the answers, so it cannot be the region, reported, scored or a recommendation's condition";
    }

    private static IEnumerable<string> QuestionProblems(SurveyQuestion q)
    {
        var b = q.Limits;
        if (b.Min > b.Max) yield return $"min ({b.Min}) is more than max ({b.Max})";
        if (b.MinDate?.Fixed > b.MaxDate?.Fixed) yield return $"min ({b.MinDate!.Fixed:yyyy-MM-dd}) is after max ({b.MaxDate!.Fixed:yyyy-MM-dd})";
        if (q.MinError is not null && (q.Kind == QuestionKind.Number ? b.Min is null : b.MinDate is null)) yield return "minError needs a min";
        if (q.MaxError is not null && (q.Kind == QuestionKind.Number ? b.Max is null : b.MaxDate is null)) yield return "maxError needs a max";
        if (b.MinLength > b.MaxLength) yield return $"minLength ({b.MinLength}) is more than maxLength ({b.MaxLength})";
        if (b.MaxLength is 0 or > LongestText) yield return $"maxLength must be between 1 and {LongestText}";
        if (b.Pattern is { } pattern && PatternProblem(pattern) is { } problem) yield return $"pattern: {problem}";
        if (q.Kind == QuestionKind.Single && q.ChoiceList.Count < 2) yield return "a single choice needs at least 2 choices";
        if (q.Kind == QuestionKind.Multiple && q.ChoiceList.Count < 1) yield return "a multiple choice needs at least 1 choice";
        if (q.Kind == QuestionKind.Multiple && (b.Min > q.ChoiceList.Count || b.Max > q.ChoiceList.Count))
            yield return $"min and max count selections and cannot exceed the {q.ChoiceList.Count} choices";
        if (q.Kind == QuestionKind.Multiple && b.Max == 0) yield return "max must allow at least 1 selection";
        if (q.MustBeYes && !q.Required) yield return "mustBeYes needs required: true";
    }

    private static string? PatternProblem(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    // A condition may only look at earlier pages: one card cannot show or hide its own inputs.
    internal static IEnumerable<string> ConditionProblems(SurveyDefinition survey, Condition condition,
        IReadOnlyDictionary<string, int>? pageOf, int before)
    {
        var target = survey.Questions.FirstOrDefault(q => q.Id == condition.Question);
        if (target is null) { yield return $"'{condition.Question}' is not a question of the survey"; yield break; }
        if (pageOf is not null && (!pageOf.TryGetValue(target.Id, out var page) || page >= before))
            yield return $"'{target.Id}' must be on an earlier page";
        if (condition.In is null) yield break;
        var answers = PossibleAnswers(target);
        if (answers is null) { yield return $"'in' needs a choice, yes/no or scale question, and '{target.Id}' is {target.Kind}"; yield break; }
        foreach (var value in condition.In.Where(v => !answers.Contains(v)))
            yield return $"'{value}' is not an answer of '{target.Id}' (answers: {string.Join(", ", answers)})";
    }

    internal static IReadOnlyList<string>? PossibleAnswers(SurveyQuestion q) => q.Kind switch
    {
        QuestionKind.Single or QuestionKind.Multiple => q.ChoiceList.Select(c => c.Value).ToList(),
        QuestionKind.YesNo => ["yes", "no"],
        QuestionKind.Scale => ["1", "2", "3", "4", "5"],
        _ => null,
    };

    private static IEnumerable<string> ScoringProblems(SurveyDefinition survey, string file)
    {
        var bandIds = survey.Scoring?.Bands.Select(b => b.Id).ToHashSet() ?? [];
        if (survey.Scoring is { } scoring)
        {
            foreach (var problem in ScoreRules.Problems(survey, scoring)) yield return $"{file}: scoring: {problem}";
        }
        foreach (var rule in survey.Recommendations.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            yield return $"{file}: recommendation '{rule.Key}' appears twice";
        foreach (var rule in survey.Recommendations)
        {
            if (rule.When is { } when)
                foreach (var problem in ConditionProblems(survey, when, null, 0))
                    yield return $"{file}: recommendation '{rule.Id}': when: {problem}";
            foreach (var band in (rule.Bands ?? []).Where(b => !bandIds.Contains(b)))
                yield return $"{file}: recommendation '{rule.Id}': band '{band}' is not a scoring band";
        }
        foreach (var (key, id) in new[] { ("askedFor", survey.RecommendRules.AskedFor), ("alreadyUsed", survey.RecommendRules.AlreadyUsed) })
        {
            if (id is null) continue;
            var question = survey.Questions.FirstOrDefault(q => q.Id == id);
            if (question is null || question.Kind is not (QuestionKind.Single or QuestionKind.Multiple))
                yield return $"{file}: recommend: {key} '{id}' must be a choice question of the survey";
            else if (question.ChoiceList.FirstOrDefault(c => survey.Recommendations.All(r => r.Id != c.Value)) is { } unknown)
                yield return $"{file}: recommend: {key} '{id}': choice '{unknown.Value}' is not the id of a recommendation";
        }
    }
}
