namespace StakeholderBot.Dialogs.Survey.Definitions;

internal static class ScoreRules
{
    public static IEnumerable<string> Problems(SurveyDefinition survey, Scoring scoring)
    {
        foreach (var item in scoring.Items)
        {
            var question = survey.Questions.FirstOrDefault(q => q.Id == item.Question);
            if (question is null) { yield return $"item '{item.Question}' is not a question of the survey"; continue; }
            switch (question.Kind, item.Points)
            {
                case (QuestionKind.Scale, null):
                    break;
                case (QuestionKind.Scale, _):
                    yield return $"question '{item.Question}': a scale counts its own value, so it takes no 'points'";
                    break;
                case (QuestionKind.Single or QuestionKind.YesNo, null):
                    yield return $"question '{item.Question}': a {question.Kind} question needs 'points' for its answers";
                    break;
                case (QuestionKind.Single or QuestionKind.YesNo, { } points):
                    var answers = SurveyDefinitionChecks.PossibleAnswers(question)!;
                    foreach (var answer in points.Keys.Where(a => !answers.Contains(a)))
                        yield return $"question '{item.Question}': points for '{answer}', which is not one of its answers ({string.Join(", ", answers)})";
                    break;
                default:
                    yield return $"question '{item.Question}': only scale, single choice and yes/no questions can be scored, not {question.Kind}";
                    break;
            }
        }
        if (scoring.Bands.Count == 0) { yield return "'bands' must list at least one band"; yield break; }
        if (scoring.Bands[0].From != 0) yield return $"the first band ('{scoring.Bands[0].Id}') must start 'from' 0";
        for (var i = 1; i < scoring.Bands.Count; i++)
        {
            if (scoring.Bands[i].From <= scoring.Bands[i - 1].From)
                yield return $"band '{scoring.Bands[i].Id}' must start above band '{scoring.Bands[i - 1].Id}' ({scoring.Bands[i - 1].From})";
        }
        foreach (var band in scoring.Bands.GroupBy(b => b.Id).Where(g => g.Count() > 1))
            yield return $"band '{band.Key}' appears twice";
    }
}
