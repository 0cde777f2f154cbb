using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.SurveyCards;

namespace StakeholderBot.Bot.Tests;

// The partner regions (Partners:Regions) decide the survey's country list and what a country, region or partner
// means to `survey results`, in the same words `meetings` takes.
[Collection(SurveyAzurite.Name)]
public sealed class PartnerRegionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SurveyCountries_AreThePartnerRegionsCountries_InTheRespondentsLanguage_WithAnotherCountryLast()
    {
        using var bot = new SurveyDriver(azurite);

        var english = await bot.SayForCardAsync(SurveyDriver.NewUser(), "survey");
        var dutch = await bot.SayForCardAsync(SurveyDriver.NewUser("nl-NL"), "survey");

        Assert.Equal(["Croatia", "Germany", "Hungary", "Italy", "Lithuania", "Netherlands", "Poland", "Portugal", "Romania", "Slovenia", "Spain",
            "Another country"], Choices(english, "q.region").Select(c => c.Title));
        Assert.Equal(["hr", "de", "hu", "it", "lt", "nl", "pl", "pt", "ro", "si", "es", "other"], Choices(english, "q.region").Select(c => c.Value));
        Assert.Contains(("Roemenië", "ro"), Choices(dutch, "q.region"));
        Assert.Equal(("Een ander land", "other"), Choices(dutch, "q.region")[^1]);
        CardValidator.AssertAllValid([new("english", english), new("dutch", dutch)]);
    }

    [Fact]
    public async Task SurveyCountries_FollowTheConfiguredPartnerRegions_AndAnAnswerFromOneIsStored()
    {
        using var bot = new SurveyDriver(azurite, new Dictionary<string, string?>
        {
            ["Partners:Regions:0:Project"] = "intra", ["Partners:Regions:0:Partner"] = "Example agency",
            ["Partners:Regions:0:Region"] = "Occitanie", ["Partners:Regions:0:Country"] = "fr",
        });

        var card = await bot.SayForCardAsync(SurveyDriver.NewUser(), "survey");
        Assert.Equal([("France", "fr"), ("Another country", "other")], Choices(card, "q.region"));

        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), region: "fr");
        var results = await bot.SayForCardAsync(SurveyDriver.Manager(), "survey results Occitanie");
        Assert.Contains("Responses: 1", AllText(results));
        Assert.Contains("Region: France", AllText(results));
    }

    [Theory]
    [InlineData("Partners:Regions:0:Country", "xx", "Partners:Regions:0:Country must be a country code such as 'de'")]
    [InlineData("Partners:Regions:0:Project", "interreg", "Partners:Regions:0:Project must be one of upgradesme, interventures, intra, got 'interreg'.")]
    [InlineData("Partners:Regions:0:Region", "", "Partners:Regions:0:Region must name the region.")]
    public void PartnerRegions_WithABadValue_StopStartUpNamingTheKey(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Partners:Regions:0:Project"] = "intra", ["Partners:Regions:0:Partner"] = "Example agency",
            ["Partners:Regions:0:Region"] = "Occitanie", ["Partners:Regions:0:Country"] = "fr",
        };
        settings[key] = value;

        Assert.Contains(message, StartupChecks.Failure(services => services.AddPartners(), settings));
    }

    [Theory]
    // filter, responses, region label
    [InlineData("survey results Lombardy", 1, "Italy")]
    [InlineData("survey results Pannon EGTC", 1, "Hungary, Croatia")]
    [InlineData("survey results Roemenië", 1, "Romania")]
    [InlineData("survey results INTER VENTURES", 2, "Hungary, Croatia, Italy, Poland, Spain, Lithuania")]
    [InlineData("survey results UpGradeSME Romania", 1, "Romania")]
    public async Task SurveyResults_TakeAProjectPartnerRegionOrCountry_LikeMeetings(string filter, int responses, string label)
    {
        using var bot = new SurveyDriver(azurite);
        foreach (var region in new[] { "nl", "it", "hu", "ro" }) await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), region: region);

        var card = await bot.SayForCardAsync(SurveyDriver.Manager(), filter);

        Assert.Contains($"Responses: {responses}", AllText(card));
        Assert.Contains($"Region: {label}", AllText(card));
        var csv = await SurveyRun.CsvAsync(bot, filter["survey results ".Length..]);
        Assert.Equal(responses + 1, csv.Length); // the CSV link carries the same selection
        CardValidator.AssertValid(filter, card);
    }

    // Responses submitted now: a period that holds today finds them, one that does not says so in one line.
    [Fact]
    public async Task SurveyResults_TakeAPeriod_LikeMeetings()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), region: "it");
        var year = DateTime.UtcNow.Year;

        var thisYear = await bot.SayForCardAsync(SurveyDriver.Manager(), $"survey results Italy {year}");
        var earlier = Assert.Single(await bot.SayAsync(SurveyDriver.Manager(), $"survey results {year - 3}"))!;

        Assert.Contains("Responses: 1", AllText(thisYear));
        Assert.Contains($"Region: Italy · {year}", AllText(thisYear));
        Assert.Equal($"No responses from {year - 3} yet.", (string?)earlier["text"]);
        Assert.Null(earlier["attachments"]);
    }

    private static List<(string Title, string Value)> Choices(JsonObject card, string inputId) =>
        [.. Input(card, inputId)["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!))];
}
