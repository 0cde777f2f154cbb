using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Survey;

// Posted by a project manager in a group chat or channel; each member opens their own copy from it.
public static class SurveyInvitationCard
{
    public static JsonObject Build(string surveyId, string title, string intro, SurveyTexts texts, string? deadline = null)
    {
        var card = AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(title),
                AdaptiveCard.Text(intro),
                deadline is null ? null : AdaptiveCard.Text(Markdown.Escape(deadline), weight: "Bolder"),
                AdaptiveCard.Text(texts.GroupInvitation, isSubtle: true),
            ],
            [AdaptiveCard.Execute(texts.StartMine, CardVerbs.SurveyStart, new JsonObject { [SurveyActionData.SurveyKey] = surveyId }, validate: false)]);
        return SurveyRefresh.Add(card, surveyId);
    }
}
