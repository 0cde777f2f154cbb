using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Scores;

namespace StakeholderBot.Dialogs.Survey.Filling;

public static class SurveyResultViews
{
    public static SubmittedResult Summarise(ScoreResult score, DateTimeOffset submittedAt) => new(
        submittedAt, score.Score, score.Band?.Id,
        score.Recommendations.Select(r => new MatchedRule(r.Rule.Id, r.MatchedAnswers)).ToList());

    public static SurveyResultView View(SurveyDefinition survey, SubmittedResult result, string language, string notice, bool shared)
    {
        var band = survey.Scoring?.Bands.FirstOrDefault(b => b.Id == result.Band);
        var recommendations = result.Recommendations
            .Select(m => (Rule: survey.Recommendations.FirstOrDefault(r => r.Id == m.Id), m.MatchedAnswers))
            .Where(m => m.Rule is not null)
            .Select(m => new RecommendationView(m.Rule!.Title.For(language), m.Rule.Text.For(language),
                m.MatchedAnswers.Select(a => AnswerLabel(survey, m.Rule.When?.Question, a, language)).ToList()))
            .ToList();
        return new SurveyResultView(survey.Id, survey.Title.For(language), notice, survey.Scoring?.Title.For(language),
            result.Score, band?.Label.For(language), band?.Explanation.For(language), recommendations, language, shared);
    }

    // The label of a choice as the respondent saw it ("Foreign languages" rather than "languages").
    public static string AnswerLabel(SurveyDefinition survey, string? questionId, string value, string language) =>
        survey.Questions.FirstOrDefault(q => q.Id == questionId)?.ChoiceList.FirstOrDefault(c => c.Value == value)?.Text.For(language)
        ?? value;
}
