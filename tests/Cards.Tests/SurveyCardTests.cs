using System.Text.Json.Nodes;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Dialogs.Survey.Scores;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Cards.Tests;

public class SurveyCardTests
{
    [Fact]
    public void SurveyCards_EveryPageInEveryLocale_PassTheAdaptiveCardsValidator()
    {
        var survey = DefaultSurvey.Definition;
        var answers = DefaultSurvey.ShowingEverything();
        var cards = new Dictionary<string, JsonNode>();
        foreach (var language in survey.Locales)
        {
            var texts = SurveyTexts.For(language);
            for (var page = 0; page < survey.Pages.Count; page++)
            {
                var view = SurveyPageViews.Page(survey, page, answers, language, texts);
                cards[$"{language} page {page + 1}"] = SurveyPageCard.Build(view, texts);
                // The same page coming back invalid, with every error shown, in a group chat (refresh added).
                var errors = view.Questions.ToDictionary(q => q.InputId[PageValidator.InputPrefix.Length..], _ => texts.Required);
                var invalid = SurveyPageViews.Page(survey, page, answers, language, texts, typed: answers, errors: errors,
                    error: texts.FixErrors, notice: texts.Resumed, shared: true);
                cards[$"{language} page {page + 1} invalid"] = SurveyPageCard.Build(invalid, texts);
            }
            var full = new Dictionary<string, string>(answers) { ["barriers"] = "information,languages,partners,paperwork,financing,logistics,cultural,digitalisation" };
            var result = SurveyResultViews.Summarise(SurveyScorer.Score(survey, full), DateTimeOffset.UnixEpoch);
            cards[$"{language} result"] = SurveyResultCard.Build(SurveyResultViews.View(survey, result, language, texts.ThankYou, shared: true), texts);
            cards[$"{language} invitation"] = SurveyInvitationCard.Build(survey.Id, survey.Title.For(language), survey.Intro.For(language), texts,
                new DateOnly(2099, 12, 31), System.Globalization.CultureInfo.GetCultureInfo(language));
        }

        CardValidator.AssertAllValid(cards);
        Assert.Equal(survey.Locales.Count * (2 * survey.Pages.Count + 2), cards.Count);
    }

    [Fact]
    public void SurveyPage_ShowsProgressBackAndNext_AndSubmitOnlyOnTheLastPage()
    {
        var survey = DefaultSurvey.Definition;
        var texts = SurveyTexts.English;
        var answers = DefaultSurvey.ShowingEverything();

        var second = SurveyPageCard.Build(SurveyPageViews.Page(survey, 1, answers, "en", texts), texts);
        var last = SurveyPageCard.Build(SurveyPageViews.Page(survey, survey.Pages.Count - 1, answers, "en", texts), texts);
        var first = SurveyPageCard.Build(SurveyPageViews.Page(survey, 0, answers, "en", texts), texts);

        // Eight pages, two of them follow-ups some respondents get: the total counts the six everyone gets.
        Assert.Equal(8, survey.Pages.Count);
        Assert.Equal("Page 2 of 6", TextById(second, "progress"));
        Assert.Equal("Page 6 of 6 (continued)", TextById(last, "progress"));
        Assert.Equal(["survey.back", "survey.next"], Verbs(second));
        Assert.Equal(["survey.back", "survey.submit"], Verbs(last));
        Assert.Equal(["survey.next"], Verbs(first));
        Assert.Equal("none", second["actions"]![0]!["associatedInputs"]!.GetValue<string>());
    }

    [Fact]
    public void SurveyPage_FollowsTheLanguage_AndFallsBackToEnglish()
    {
        var survey = DefaultSurvey.Definition;
        var dutch = SurveyPageViews.Page(survey, 0, new Dictionary<string, string>(), survey.LanguageFor("nl"), SurveyTexts.For("nl"));
        var unknown = SurveyPageViews.Page(survey, 0, new Dictionary<string, string>(), survey.LanguageFor("fr"), SurveyTexts.For("fr"));

        Assert.Equal("Uw bedrijf", dutch.PageTitle);
        Assert.Equal("Waar is uw bedrijf gevestigd?", dutch.Questions[0].Label);
        Assert.Equal("Your company", unknown.PageTitle);
    }

    [Fact]
    public void SurveyPage_HidesConditionalQuestions_UntilTheirConditionHolds()
    {
        var survey = DefaultSurvey.Definition;
        var notExporting = new Dictionary<string, string> { ["intl_level"] = "none" };
        var exporting = new Dictionary<string, string> { ["intl_level"] = "occasional" };

        var hidden = SurveyPageViews.Page(survey, 1, notExporting, "en", SurveyTexts.English);
        var shown = SurveyPageViews.Page(survey, 1, exporting, "en", SurveyTexts.English);

        Assert.DoesNotContain(hidden.Questions, q => q.InputId == "q.export_share");
        Assert.Contains(shown.Questions, q => q.InputId == "q.export_share");
    }

    private static string? TextById(JsonObject card, string id) =>
        card["body"]!.AsArray().OfType<JsonObject>().FirstOrDefault(b => b["id"]?.GetValue<string>() == id)?["text"]?.GetValue<string>();

    private static string[] Verbs(JsonObject card) =>
        card["actions"]!.AsArray().Select(a => a!["verb"]!.GetValue<string>()).ToArray();
}
