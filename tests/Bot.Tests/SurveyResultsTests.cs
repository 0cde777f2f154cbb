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
        var downloads = Elements(card["actions"]).Where(a => a["type"]!.GetValue<string>() == "Action.OpenUrl").ToList();
        Assert.Equal(["Download CSV", "Download contacts (CSV)"], downloads.Select(d => d["title"]!.GetValue<string>()));
        Assert.StartsWith("http://127.0.0.1:3978/exports/survey-results?", downloads[0]["url"]!.GetValue<string>());
        Assert.StartsWith("http://127.0.0.1:3978/exports/survey-contacts?", downloads[1]["url"]!.GetValue<string>());
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
    public async Task SurveyCsv_ReadsInTheManagersLanguage_WithTheCodesBeside_OneRowPerResponse()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        await SurveyRun.CompleteAsync(bot, user, barriers: "partners,languages", barrierOther: "=HYPERLINK(\"http://x\",\"click\"), \"quoted\"",
            email: "ana@example.com");

        var csv = await SurveyRun.CsvRecordsAsync(bot);
        var dutch = await SurveyRun.CsvRecordsAsync(bot, locale: "nl-NL");

        Assert.Equal(2, csv.Count);
        var header = csv[0];
        // Headers a person reads, in the manager's language; coded answers keep their codes beside them, headed by the id.
        Assert.Equal(["Response id", "Submitted (UTC)", "Survey", "Survey version", "Respondent (pseudonym)", "Language", "Readiness score",
            "Readiness band", "band", "Where is your company based?", "region", "How many people does your company employ?",
            "How international is your company today?", "intl_level"], header[..14]);
        var row = header.Zip(csv[1]).ToDictionary(c => c.First, c => c.Second);
        Assert.Equal(header.Length, header.Distinct().Count());
        Assert.Equal(("Ready to grow abroad", "ready", "72"), (row["Readiness band"], row["band"], row["Readiness score"]));
        Assert.Equal(("Netherlands", "nl"), (row["Where is your company based?"], row["region"]));
        Assert.Equal(("We sell regularly in a few foreign markets", "regular"), (row["How international is your company today?"], row["intl_level"]));
        Assert.Equal("12", row["How many people does your company employ?"]);
        Assert.Equal(("Yes", "yes"), (row["Do you plan to enter a new foreign market in the next two years?"], row["plan_market"]));
        Assert.Equal("Germany, Austria", row["Which countries or markets interest you most?"]);
        Assert.Equal("2027-03-01", row["When do you plan your next step abroad?"]);
        // Multiple choices are listed in the definition's order, whatever order they were ticked in.
        Assert.Equal(("Foreign languages; Finding reliable partners", "languages,partners"),
            (row["What holds your company back from doing (more) business abroad?"], row["barriers"]));
        Assert.Equal(("Trade missions; Matchmaking with foreign partners", "trade_missions,matchmaking"),
            (row["Which support would help you most now?"], row["support_wanted"]));
        Assert.Equal("4", row["How useful was the support you used?"]);
        // Formula neutralised, so a spreadsheet shows the text instead of running it.
        Assert.Equal("'=HYPERLINK(\"http://x\",\"click\"), \"quoted\"", row["Anything else that holds you back?"]);
        var dutchRow = dutch[0].Zip(dutch[1]).ToDictionary(c => c.First, c => c.Second);
        Assert.Equal(("Nederland", "nl"), (dutchRow["Waar is uw bedrijf gevestigd?"], dutchRow["region"]));
        Assert.Equal("Ingediend (UTC)", dutch[0][1]);
        Assert.Equal(csv[1][0], dutch[1][0]);
        var text = string.Join("\n", csv.Select(r => string.Join(",", r)));
        // The e-mail address is in the contacts export only.
        Assert.DoesNotContain("ana@example.com", text);
        // The respondent is a keyed hash of the AAD object id; the name never reaches storage.
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SurveyDriver.PseudonymKey),
            Encoding.UTF8.GetBytes("aad:" + user.Aad)));
        Assert.Equal(expected, row["Respondent (pseudonym)"]);
        Assert.DoesNotContain(user.Aad, text);
        Assert.DoesNotContain("Test User", text);
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
