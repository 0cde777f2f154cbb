using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Survey;

// One survey page: title and progress, the questions, Back and Next (Submit on the last page).
public static class SurveyPageCard
{
    public static JsonObject Build(SurveyPageView page, SurveyTexts texts)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(page.SurveyTitle, size: "Small", weight: "Bolder", isSubtle: true),
            AdaptiveCard.Text(texts.Format(page.Continued ? texts.ProgressContinued : texts.Progress, page.PageNumber, page.PageCount), size: "Small", isSubtle: true, id: "progress"),
            page.SurveyIntro is null ? null : AdaptiveCard.Text(page.SurveyIntro),
            AdaptiveCard.Heading(page.PageTitle),
            page.Notice is null ? null : AdaptiveCard.Notice(page.Notice),
            page.Error is null ? null : AdaptiveCard.Alert(page.Error),
            page.PageIntro is null ? null : AdaptiveCard.Text(page.PageIntro, isSubtle: true),
        };
        body.AddRange(page.Questions.SelectMany(q => SurveyInputs.For(q, texts)));

        var data = new JsonObject
        {
            [SurveyActionData.SurveyKey] = page.SurveyId,
            [SurveyActionData.PageKey] = page.PageIndex,
            [SurveyActionData.LanguageKey] = page.Language,
            [SurveyActionData.CardKey] = page.Card,
        };
        var actions = new List<JsonNode?>
        {
            page.PageNumber > 1 || page.Continued ? AdaptiveCard.Execute(texts.Back, CardVerbs.SurveyBack, (JsonObject)data.DeepClone(), validate: false) : null,
            page.IsLast
                ? AdaptiveCard.Execute(texts.Submit, CardVerbs.SurveySubmit, (JsonObject)data.DeepClone())
                : AdaptiveCard.Execute(texts.Next, CardVerbs.SurveyNext, (JsonObject)data.DeepClone()),
        };
        var card = AdaptiveCard.Create(body, actions);
        return page.RefreshForEachUser ? SurveyRefresh.Add(card, page.SurveyId) : card;
    }
}

// In a group chat or channel every member sees their own copy: Teams re-invokes this action for each
// viewer, and the bot answers with that member's current page or result (Universal Actions user-specific views).
public static class SurveyRefresh
{
    public static JsonObject Add(JsonObject card, string surveyId, DateOnly? deadline = null)
    {
        var data = new JsonObject { [SurveyActionData.SurveyKey] = surveyId };
        if (deadline is { } day) data[SurveyActionData.DeadlineKey] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = "Refresh",
                ["verb"] = CardVerbs.SurveyRefresh,
                ["data"] = data,
            },
        };
        return card;
    }
}
