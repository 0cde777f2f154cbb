using System.Globalization;
using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Survey;

// Posted by a project manager in a group chat or channel; each member opens their own copy from it. The deadline
// rides in the refresh action's data, so the view Teams fetches for each member shows the same day, in their language.
public static class SurveyInvitationCard
{
    public static JsonObject Build(string surveyId, string title, string intro, SurveyTexts texts, DateOnly? deadline, CultureInfo culture)
    {
        var card = AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(title),
                AdaptiveCard.Text(intro),
                deadline is { } day ? AdaptiveCard.Text(Markdown.Escape(texts.Format(texts.InvitationDeadline, Dates.Long(day, culture))), weight: "Bolder") : null,
                AdaptiveCard.Text(texts.GroupInvitation, isSubtle: true),
            ],
            [AdaptiveCard.Execute(texts.StartMine, CardVerbs.SurveyStart, new JsonObject { [SurveyActionData.SurveyKey] = surveyId }, validate: false)]);
        return SurveyRefresh.Add(card, surveyId, deadline);
    }

    // The deadline an invitation's refresh carries; anything else (an older card without one) is no deadline.
    public static DateOnly? DeadlineOf(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
