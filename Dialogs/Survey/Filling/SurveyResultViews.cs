using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Scores;

namespace StakeholderBot.Dialogs.Survey.Filling;

public static class SurveyResultViews
{
    public static SubmittedResult Summarise(ScoreResult score, DateTimeOffset submittedAt) => new(
        submittedAt, score.Score, score.Band?.Id,
        score.Recommendations.Select(r => new MatchedRule(r.Rule.Id, r.MatchedAnswers, r.Reason)).ToList());

    public static SurveyResultView View(SurveyDefinition survey, SubmittedResult result, string language, string notice, bool shared,
        int card = 0)
    {
        var texts = SurveyTexts.For(language);
        var band = survey.Scoring?.Bands.FirstOrDefault(b => b.Id == result.Band);
        var recommendations = result.Recommendations
            .Select(m => (Rule: survey.Recommendations.FirstOrDefault(r => r.Id == m.Id), Match: m))
            .Where(m => m.Rule is not null)
            .Select(m => new RecommendationView(m.Rule!.Title.For(language), m.Rule.Text.For(language),
                Why(survey, m.Rule, m.Match, band, language, texts)))
            .ToList();
        return new SurveyResultView(survey.Id, survey.Title.For(language), notice, survey.Scoring?.Title.For(language),
            result.Score, band?.Label.For(language), band?.Explanation.For(language), recommendations, language, shared, card);
    }

    private static string Why(SurveyDefinition survey, Recommendation rule, MatchedRule match, ScoreBand? band, string language, SurveyTexts texts) =>
        match.Reason switch
        {
            RecommendationReason.AskedFor => texts.AskedFor,
            RecommendationReason.Band => texts.Format(texts.ForBand, band?.Label.For(language) ?? match.Id),
            _ => texts.Format(texts.MatchedTo,
                string.Join(", ", match.MatchedAnswers.Select(a => AnswerLabel(survey, rule.When?.Question, a, language)))),
        };

    // The label of a choice as the respondent saw it ("Foreign languages" rather than "languages").
    public static string AnswerLabel(SurveyDefinition survey, string? questionId, string value, string language) =>
        survey.Questions.FirstOrDefault(q => q.Id == questionId)?.ChoiceList.FirstOrDefault(c => c.Value == value)?.Text.For(language)
        ?? value;
}
