using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Survey;

// What a respondent sees after submitting: the readiness score, what it means, and the support matched to them.
public static class SurveyResultCard
{
    public static JsonObject Build(SurveyResultView result, SurveyTexts texts)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(result.SurveyTitle, size: "Small", weight: "Bolder", isSubtle: true),
            AdaptiveCard.Heading(texts.YourResult),
            AdaptiveCard.Notice(result.Notice),
        };
        if (result.Score is { } score)
        {
            body.Add(AdaptiveCard.Text($"{result.ScoreTitle}: {texts.Format(texts.ScoreLine, score)}", size: "Medium", weight: "Bolder", id: "score", separator: true));
            body.Add(AdaptiveCard.Text(Bar(score), isSubtle: true));
            if (result.BandLabel is not null) body.Add(AdaptiveCard.Text(result.BandLabel, weight: "Bolder", id: "band"));
            if (result.BandExplanation is not null) body.Add(AdaptiveCard.Text(result.BandExplanation));
        }
        body.Add(AdaptiveCard.Text(texts.RecommendedSupport, size: "Medium", weight: "Bolder", separator: true));
        if (result.Recommendations.Count == 0) body.Add(AdaptiveCard.Text(texts.NoRecommendations, id: "no-recommendations"));
        for (var i = 0; i < result.Recommendations.Count; i++)
        {
            var recommendation = result.Recommendations[i];
            var block = AdaptiveCard.Container(
            [
                AdaptiveCard.Text(recommendation.Title, weight: "Bolder", id: $"recommendation.{i + 1}"),
                AdaptiveCard.Text(recommendation.Text),
                AdaptiveCard.Text(recommendation.Why, size: "Small", isSubtle: true, id: $"why.{i + 1}"),
            ], style: "emphasis");
            block["spacing"] = "Medium";
            body.Add(block);
        }

        var data = new JsonObject
        {
            [SurveyActionData.SurveyKey] = result.SurveyId,
            [SurveyActionData.LanguageKey] = result.Language,
            [SurveyActionData.CardKey] = result.Card,
        };
        var actions = new[] { AdaptiveCard.Execute(texts.StartNew, CardVerbs.SurveyNew, data, validate: false) };
        var card = AdaptiveCard.Create(body, actions);
        return result.RefreshForEachUser ? SurveyRefresh.Add(card, result.SurveyId) : card;
    }

    // Ten blocks, one per ten points: the score at a glance on every client.
    public static string Bar(int score, int width = 10)
    {
        var filled = (int)Math.Round(score / 100.0 * width, MidpointRounding.AwayFromZero);
        return new string('■', filled) + new string('□', width - filled);
    }
}
