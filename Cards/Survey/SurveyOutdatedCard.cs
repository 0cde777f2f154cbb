using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Survey;

// Replaces a survey card the respondent has moved on from (they typed `survey` again and went on there),
// so pressing it cannot move the survey behind their back; they may pick this card up again instead.
public static class SurveyOutdatedCard
{
    public static JsonObject Build(string surveyId, string language, SurveyTexts texts) => AdaptiveCard.Create(
        [AdaptiveCard.Container([AdaptiveCard.Text(texts.NewerCard, id: "outdated")], style: "emphasis")],
        [AdaptiveCard.Execute(texts.ContinueHere, CardVerbs.SurveyStart,
            new JsonObject { [SurveyActionData.SurveyKey] = surveyId, [SurveyActionData.LanguageKey] = language }, validate: false)]);
}
