using System.Net;
using StakeholderBot.Storage.Surveys;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.SurveyCards;

namespace StakeholderBot.Bot.Tests;

// The survey promises answers without a name: an e-mail address is asked only of someone who wants to be contacted,
// and kept in its own table under the respondent's code, never with the answers or in the results CSV.
[Collection(SurveyAzurite.Name)]
public sealed class SurveyContactTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ConsentToBeContacted_OpensAPageThatAsksOnlyForTheAddress()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var last = await SurveyRun.FillToLastPageAsync(bot, user);
        Assert.Equal("Page 6 of 6", Progress(last)); // the support used has a follow-up page of its own
        Assert.DoesNotContain("q.email", InputIds(last));

        var contact = SurveyDriver.CardOf(await bot.PressAsync(user, last, "survey.submit", SurveyAnswers.Finish(contactOk: "yes")));

        Assert.Equal("Page 6 of 6 (continued)", Progress(contact));
        Assert.Equal(["q.email"], InputIds(contact));
        Assert.Contains("Stored apart from your survey answers", AllText(contact));
        var empty = SurveyDriver.CardOf(await bot.PressAsync(user, contact, "survey.submit", SurveyAnswers.Contact("")));
        Assert.Equal("Enter an email address such as name@example.com.", ErrorFor(empty, "q.email"));
        var back = SurveyDriver.CardOf(await bot.PressAsync(user, contact, "survey.back"));
        Assert.Equal("Page 6 of 6", Progress(back));
        Assert.Equal("yes", Value(back, "q.contact_ok"));
        Assert.Empty(await bot.RowsAsync(SurveyResponseStore.Table));
        CardValidator.AssertValid("contact page", contact);
    }

    [Fact]
    public async Task Email_IsStoredApartFromTheAnswers_UnderTheRespondentsCode()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), email: "ana@example.com");

        var response = Assert.Single(await bot.RowsAsync(SurveyResponseStore.Table));
        Assert.False(response.ContainsKey("email"));
        Assert.DoesNotContain(response, p => p.Value?.ToString()?.Contains("ana@example.com") == true);
        var contact = Assert.Single(await bot.RowsAsync(SurveyContactStore.Table));
        Assert.Equal("ana@example.com", contact.GetString("Email"));
        Assert.Equal(response.GetString("Respondent"), contact.GetString("Respondent"));
        Assert.Equal("sme-readiness", contact.GetString("SurveyId"));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("")]
    public async Task WithoutConsentToBeContacted_NoAddressIsAskedOrStored(string contactOk)
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var last = await SurveyRun.FillToLastPageAsync(bot, user);

        var result = SurveyDriver.CardOf(await bot.PressAsync(user, last, "survey.submit", SurveyAnswers.Finish(contactOk: contactOk)));

        Assert.Equal("Your result", result["body"]![1]!["text"]!.GetValue<string>());
        Assert.Single(await bot.RowsAsync(SurveyResponseStore.Table));
        Assert.Empty(await bot.RowsAsync(SurveyContactStore.Table));
    }

    [Fact]
    public async Task ContactsExport_HasTheAddressAndTheCode_AndTheResultsCsvHasNeither()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), email: "ana@example.com");
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), region: "it");

        var contacts = await SurveyRun.CsvAsync(bot, download: "Download contacts (CSV)");
        var results = await SurveyRun.CsvAsync(bot);

        Assert.Equal(["respondent", "survey", "country", "email", "language", "given_at_utc"], contacts[0].Split(','));
        Assert.Equal(2, contacts.Length);
        var code = contacts[1].Split(',')[0];
        Assert.StartsWith(code + ",sme-readiness,nl,ana@example.com,en,", contacts[1]);
        Assert.Equal(3, results.Length);
        Assert.DoesNotContain("ana@example.com", string.Join("\n", results));
        Assert.DoesNotContain("email", results[0].Split(','));
        // The code joins the contact to that person's response, for the managers who hold both exports.
        Assert.Single(results, r => r.Contains("," + code + ","));
    }

    // `survey results Italy` is about Italian firms: its contacts download holds theirs only, and says so in its name.
    [Fact]
    public async Task ContactsExport_HoldsTheSelectionOfTheResults_AndNamesIt()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), email: "ana@example.com", region: "nl");
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), email: "marco@example.com", region: "it");
        var card = await bot.SayForCardAsync(SurveyDriver.Manager(), "survey results Italy");
        var url = new Uri(Elements(card["actions"]).Single(a => a["title"]?.GetValue<string>() == "Download contacts (CSV)")["url"]!.GetValue<string>());

        using var response = await bot.App.CreateClient().GetAsync(url.PathAndQuery);
        var contacts = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("Responses: 1", AllText(card));
        Assert.Equal(2, contacts.Length);
        Assert.Contains(",sme-readiness,it,marco@example.com,", contacts[1]);
        Assert.StartsWith("survey-contacts-sme-readiness-it-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var everyone = await SurveyRun.CsvAsync(bot, download: "Download contacts (CSV)");
        Assert.Equal(3, everyone.Length);
    }

    [Fact]
    public async Task ContactsExport_WithAnAlteredLink_IsRefused()
    {
        using var bot = new SurveyDriver(azurite);
        await SurveyRun.CompleteAsync(bot, SurveyDriver.NewUser(), email: "ana@example.com");
        var card = await bot.SayForCardAsync(SurveyDriver.Manager(), "survey results");
        var url = new Uri(Elements(card["actions"]).Single(a => a["title"]?.GetValue<string>() == "Download contacts (CSV)")["url"]!.GetValue<string>());

        using var altered = await bot.App.CreateClient().GetAsync(url.PathAndQuery.Replace("survey-contacts", "survey-results"));
        using var unsigned = await bot.App.CreateClient().GetAsync("/exports/survey-contacts?survey=sme-readiness");

        Assert.Equal(HttpStatusCode.Forbidden, altered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.DoesNotContain("ana@example.com", await altered.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALaterResponseWithoutConsentToBeContacted_WithdrawsTheAddress()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var result = await SurveyRun.CompleteAsync(bot, user, email: "ana@example.com");
        Assert.Single(await bot.RowsAsync(SurveyContactStore.Table));

        var again = SurveyDriver.CardOf(await bot.PressAsync(user, result, "survey.new"));
        await SurveyRun.CompleteAsync(bot, user, start: again);

        Assert.Equal(2, (await bot.RowsAsync(SurveyResponseStore.Table)).Count);
        Assert.Empty(await bot.RowsAsync(SurveyContactStore.Table));
    }
}
