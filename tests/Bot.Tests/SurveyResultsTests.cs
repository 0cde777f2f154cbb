using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.SurveyCards;

namespace StakeholderBot.Bot.Tests;

[Collection(SurveyAzurite.Name)]
public sealed class SurveyResultsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SurveyResults_ForAProjectManager_ShowCountsBarriersReadinessAndCsvLink()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), barriers: "partners,languages", region: "nl");
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), barriers: "partners", region: "it");

        var card = await bot.SayForCardAsync(SurveyDriver.Manager(), "survey results");

        var text = AllText(card);
        Assert.Contains("Responses: 2", text);
        Assert.Contains("Region: All regions", text);
        // Each distribution is a Teams chart of counts, with the same counts as text bars for other clients.
        var barriers = Chart(card, "Finding reliable partners");
        Assert.Equal("Chart.HorizontalBar", (string?)barriers["type"]);
        Assert.Equal(2, Count(barriers, "Finding reliable partners"));
        Assert.Equal(1, Count(barriers, "Foreign languages"));
        Assert.Equal(0, Count(barriers, "Transport and logistics"));
        Assert.Equal(2, Count(Chart(card, "Ready to grow abroad"), "Ready to grow abroad"));
        var fallback = AllText(new JsonObject { ["body"] = new JsonArray(barriers["fallback"]!.DeepClone()) });
        Assert.Contains("Finding reliable partners\n■■■■■■■■■■■■ 2", fallback);
        Assert.Contains("Foreign languages\n■■■■■■ 1", fallback);
        Assert.DoesNotContain("%", text);
        Assert.Contains("Responses: 2", card["fallbackText"]!.GetValue<string>());
        var download = Elements(card["actions"]).Single(a => a["type"]!.GetValue<string>() == "Action.OpenUrl");
        Assert.Equal("Download CSV", download["title"]!.GetValue<string>());
        Assert.StartsWith("http://127.0.0.1:3978/exports/survey-results?", download["url"]!.GetValue<string>());
        CardValidator.AssertValid("results", card);
    }

    // One response would fill every bar: it is shown as what was answered, not as a chart.
    [Fact]
    public async Task SurveyResults_WithOneResponse_ListTheAnswersInsteadOfFullBars()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), barriers: "partners,languages", region: "hu");

        var card = await bot.SayForCardAsync(SurveyDriver.Manager(), "survey results");

        Assert.DoesNotContain(Elements(card["body"]), e => ((string?)e["type"])?.StartsWith("Chart.") == true);
        Assert.Equal("One response so far: its answers are listed below rather than charted.", TextById(card, "one-response"));
        Assert.Contains("• Foreign languages\n• Finding reliable partners", AllText(card));
        Assert.DoesNotContain("Transport and logistics", AllText(card));
        CardValidator.AssertValid("one response", card);
    }

    // An empty selection says so in one line: no card of zeros, no CSV of headers.
    [Fact]
    public async Task SurveyResults_WithNoResponses_SayItInOneLine()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), region: "nl");

        var forHungary = Assert.Single(await bot.SayAsync(SurveyDriver.Manager(), "survey results Hungary"))!;
        using var empty = new SurveyDriver(azurite);
        var none = Assert.Single(await empty.SayAsync(SurveyDriver.Manager(), "survey results"))!;

        Assert.Equal("No responses from Hungary yet.", (string?)forHungary["text"]);
        Assert.Null(forHungary["attachments"]);
        Assert.Equal("No responses yet.", (string?)none["text"]);
    }

    private static JsonObject Chart(JsonObject card, string label) =>
        Elements(card["body"]).First(e => ((string?)e["type"])?.StartsWith("Chart.") == true
            && e["data"]!.AsArray().Any(d => (string?)d!["x"] == label));

    private static int Count(JsonObject chart, string label) =>
        (int)chart["data"]!.AsArray().Single(d => (string?)d!["x"] == label)!["y"]!;

    [Fact]
    public async Task SurveyResults_FilteredByRegion_CountOnlyThatRegion()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), region: "nl");
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), region: "it");

        var byName = await bot.SayForCardAsync(SurveyDriver.Manager(), "survey results sme-readiness Italy");
        var byDutchName = await bot.SayForCardAsync(SurveyDriver.Manager(), "survey results Nederland");

        Assert.Contains("Responses: 1", AllText(byName));
        Assert.Contains("Region: Italy", AllText(byName));
        Assert.Contains("Region: Netherlands", AllText(byDutchName));
        var csv = await SurveyRun.CsvAsync(bot, "it");
        Assert.Equal(2, csv.Length);
        Assert.Contains(",it,", csv[1]);
    }

    [Fact]
    public async Task SurveyResults_UnknownRegion_SaysWhatIsKnown()
    {
        using var bot = new SurveyDriver(azurite);

        var replies = await bot.SayAsync(SurveyDriver.Manager(), "survey results Atlantis");

        var text = replies[0]!["text"]!.GetValue<string>();
        Assert.Contains("I don't know 'Atlantis'", text);
        Assert.Contains("nl (Netherlands)", text);
    }

    [Fact]
    public async Task SurveyResults_ForSomeoneElse_AreRefusedPolitely()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser());

        var replies = await bot.SayAsync(SurveyDriver.NewUser(), "survey results");

        Assert.Single(replies);
        Assert.Null(SurveyDriver.Card(replies));
        Assert.StartsWith("Sorry, survey results are only available to project managers.", replies[0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SurveyCsv_HasOneRowPerResponseAndOneColumnPerQuestion_MatchingWhatWasEntered()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        await SurveyRun.CompleteAsync(bot, user, barriers: "partners,languages", barrierOther: "=HYPERLINK(\"http://x\",\"click\"), \"quoted\"",
            email: "ana@example.com");

        var csv = await SurveyRun.CsvAsync(bot);

        Assert.Equal(2, csv.Length);
        var header = csv[0].Split(',');
        Assert.Equal(["response_id", "submitted_at_utc", "survey", "survey_version", "respondent", "language", "score", "band",
            "region", "employees", "intl_level", "export_share", "export_markets", "plan_market", "target_markets", "next_step",
            "barriers", "barrier_other", "support_used", "support_wanted", "support_useful",
            "ready_strategy", "ready_product", "ready_languages", "ready_finance", "ready_digital", "email", "consent"], header);
        var row = csv[1];
        // Multiple choices are stored in the definition's order, whatever order they were ticked in.
        Assert.Contains(",sme-readiness,1,", row);
        Assert.Contains(",en,72,ready,nl,12,regular,35,4,yes,\"Germany, Austria\",2027-03-01,\"languages,partners\",", row);
        // Formula neutralised and quotes doubled, so Excel shows the text instead of running it.
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\"), \"\"quoted\"\"\",", row);
        Assert.EndsWith(",training,\"trade_missions,matchmaking\",4,4,4,3,2,5,ana@example.com,yes", row);
        // The respondent is a keyed hash of the AAD object id; the name never reaches storage.
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SurveyDriver.PseudonymKey),
            Encoding.UTF8.GetBytes("aad:" + user.Aad)));
        Assert.Contains("," + expected + ",", row);
        Assert.DoesNotContain(user.Aad, row);
        Assert.DoesNotContain("Test User", string.Join("\n", csv));
    }

    [Fact]
    public async Task SurveyCsv_WithAnExpiredOrForgedSignature_IsRefused()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser());
        var card = await bot.SayForCardAsync(SurveyDriver.Manager(), "survey results");
        var url = new Uri(Elements(card["actions"]).First(a => a["type"]!.GetValue<string>() == "Action.OpenUrl")["url"]!.GetValue<string>());

        using var forged = await bot.App.CreateClient().GetAsync(url.PathAndQuery.Replace("survey=sme-readiness", "survey=other"));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forged.StatusCode);
    }
}
