using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.SurveyCards;

namespace StakeholderBot.Bot.Tests;

// The survey over /api/messages: typed commands and Action.Execute invokes through the real host, Azurite behind it.
[Collection(SurveyAzurite.Name)]
public sealed class SurveyFlowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Survey_StartsOnTheFirstPage_WithProgressAndNext()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();

        var card = await bot.SayForCardAsync(user, "survey");

        Assert.Equal("Page 1 of 6", Progress(card));
        Assert.Equal(["q.region", "q.employees", "q.intl_level"], InputIds(card));
        Assert.Equal(["survey.next"], Verbs(card));
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task Survey_InvalidPage_ComesBackWithInputsKeptAndTheErrorNextToTheQuestion()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var first = await bot.SayForCardAsync(user, "survey");

        var answer = await bot.PressAsync(user, first, "survey.next",
            new Dictionary<string, JsonNode?> { ["q.region"] = "nl", ["q.employees"] = 0, ["q.intl_level"] = "" });

        var card = SurveyDriver.CardOf(answer);
        Assert.Equal("Page 1 of 6", Progress(card));
        Assert.Equal("0", Value(card, "q.employees"));
        Assert.Equal("nl", Value(card, "q.region"));
        Assert.Equal("Enter a number from 1 to 249.", ErrorFor(card, "q.employees"));
        Assert.Equal("Please answer this question.", ErrorFor(card, "q.intl_level"));
        Assert.Null(ErrorFor(card, "q.region"));
        // Nothing was stored: starting again shows an empty first page, not a resumed one.
        var again = await bot.SayForCardAsync(user, "survey");
        Assert.Null(Value(again, "q.region"));
        Assert.Null(TextById(again, "notice"));
    }

    [Fact]
    public async Task Survey_TamperedAnswers_AreRejectedOnTheServer()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var first = await bot.SayForCardAsync(user, "survey");

        var card = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next",
            new Dictionary<string, JsonNode?> { ["q.region"] = "atlantis", ["q.employees"] = "12.5", ["q.intl_level"] = "regular" }));

        Assert.Equal("Page 1 of 6", Progress(card));
        Assert.Equal("Choose one of the options.", ErrorFor(card, "q.region"));
        Assert.Equal("Enter a whole number.", ErrorFor(card, "q.employees"));
        Assert.Null(Value(card, "q.region"));
    }

    [Fact]
    public async Task Survey_Back_ReturnsToThePreviousPageWithItsSavedAnswers()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var first = await bot.SayForCardAsync(user, "survey");
        var second = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company(employees: 17)));
        Assert.Equal("Page 2 of 6", Progress(second));

        var back = SurveyDriver.CardOf(await bot.PressAsync(user, second, "survey.back"));

        Assert.Equal("Page 1 of 6", Progress(back));
        Assert.Equal("17", Value(back, "q.employees"));
        Assert.Equal("regular", Value(back, "q.intl_level"));
    }

    [Fact]
    public async Task Survey_ResumesWhereTheUserStopped_AfterANewTurnOnAnotherInstance()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        var shared = new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix };
        var user = SurveyDriver.NewUser();
        using (var bot = new SurveyDriver(azurite, shared))
        {
            var first = await bot.SayForCardAsync(user, "survey");
            var second = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company()));
            await bot.PressAsync(user, second, "survey.next", SurveyAnswers.Abroad());
        }

        using var other = new SurveyDriver(azurite, shared);
        var resumed = await other.SayForCardAsync(user, "survey");

        Assert.Equal("Page 3 of 6", Progress(resumed));
        Assert.Equal("Welcome back: you continue where you left off.", TextById(resumed, "notice"));
        Assert.Contains("q.barriers", InputIds(resumed));
    }

    [Fact]
    public async Task Survey_ConditionalQuestions_AppearOnlyForTheAnswersThatCallForThem()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var first = await bot.SayForCardAsync(user, "survey");

        var notExporting = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company(level: "none")));
        Assert.DoesNotContain("q.export_share", InputIds(notExporting));
        var back = SurveyDriver.CardOf(await bot.PressAsync(user, notExporting, "survey.back"));
        var exporting = SurveyDriver.CardOf(await bot.PressAsync(user, back, "survey.next", SurveyAnswers.Company(level: "occasional")));
        Assert.Contains("q.export_share", InputIds(exporting));
        Assert.True(Input(exporting, "q.export_share")["isRequired"]!.GetValue<bool>());

        // No support used: the "how useful was it" page is skipped.
        var barriers = SurveyDriver.CardOf(await bot.PressAsync(user, exporting, "survey.next", SurveyAnswers.Abroad()));
        var support = SurveyDriver.CardOf(await bot.PressAsync(user, barriers, "survey.next", SurveyAnswers.Barriers()));
        var readiness = SurveyDriver.CardOf(await bot.PressAsync(user, support, "survey.next", SurveyAnswers.Support(used: "")));
        Assert.Equal("Page 5 of 6", Progress(readiness));
        Assert.DoesNotContain("q.support_useful", InputIds(readiness));
        Assert.Contains("q.ready_strategy", InputIds(readiness));
    }

    // The readiness page asks only how far its statements apply; how useful the support was is asked on its own page.
    [Fact]
    public async Task Survey_ReadinessPage_HoldsOnlyStatements_SupportUsefulnessHasItsOwnPage()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var card = await bot.SayForCardAsync(user, "survey");
        foreach (var page in new[] { SurveyAnswers.Company(), SurveyAnswers.Abroad(), SurveyAnswers.Barriers() })
            card = SurveyDriver.CardOf(await bot.PressAsync(user, card, "survey.next", page));

        var review = SurveyDriver.CardOf(await bot.PressAsync(user, card, "survey.next", SurveyAnswers.Support(used: "fairs_delegations")));
        Assert.Equal("Page 4 of 6 (continued)", Progress(review));
        Assert.Equal(["q.support_useful"], InputIds(review));
        Assert.DoesNotContain("statements", AllText(review));

        var readiness = SurveyDriver.CardOf(await bot.PressAsync(user, review, "survey.next", SurveyAnswers.SupportReview()));
        Assert.Equal("Page 5 of 6", Progress(readiness));
        Assert.Contains("How far do these statements apply to your company?", AllText(readiness));
        Assert.All(InputIds(readiness), id => Assert.StartsWith("q.ready_", id));
        CardValidator.AssertAllValid([new("review", review), new("readiness", readiness)]);
    }

    // The total is known on the first page: the follow-up pages (how useful the support was, the e-mail address)
    // go under the number of the page that opens them, and back goes through them in order.
    [Fact]
    public async Task Survey_PageCount_NeverChanges_FollowUpPagesAreMarkedContinued()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var card = await bot.SayForCardAsync(user, "survey");
        var seen = new List<string?> { Progress(card) };
        foreach (var page in new[]
        {
            SurveyAnswers.Company(), SurveyAnswers.Abroad(), SurveyAnswers.Barriers(), SurveyAnswers.Support(used: "fairs_delegations"),
            SurveyAnswers.SupportReview(), SurveyAnswers.Readiness(),
        })
        {
            card = SurveyDriver.CardOf(await bot.PressAsync(user, card, "survey.next", page));
            seen.Add(Progress(card));
        }
        var contact = SurveyDriver.CardOf(await bot.PressAsync(user, card, "survey.submit", SurveyAnswers.Finish(contactOk: "yes")));
        seen.Add(Progress(contact));

        Assert.Equal(
            ["Page 1 of 6", "Page 2 of 6", "Page 3 of 6", "Page 4 of 6", "Page 4 of 6 (continued)", "Page 5 of 6", "Page 6 of 6",
                "Page 6 of 6 (continued)"],
            seen);
        Assert.Equal(["q.email"], InputIds(contact));
        Assert.Contains("survey.back", Verbs(contact));
        var back = SurveyDriver.CardOf(await bot.PressAsync(user, contact, "survey.back"));
        Assert.Equal("Page 6 of 6", Progress(back));
        CardValidator.AssertValid("contact page", contact);
    }

    [Fact]
    public async Task Survey_FollowUpPage_IsNumberedInTheRespondentsLanguage()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser("nl-NL");
        var card = await bot.SayForCardAsync(user, "survey");
        foreach (var page in new[] { SurveyAnswers.Company(), SurveyAnswers.Abroad(), SurveyAnswers.Barriers() })
            card = SurveyDriver.CardOf(await bot.PressAsync(user, card, "survey.next", page));

        var review = SurveyDriver.CardOf(await bot.PressAsync(user, card, "survey.next", SurveyAnswers.Support(used: "training")));

        Assert.Equal("Pagina 4 van 6 (vervolg)", Progress(review));
    }

    // Teams clamps an Input.Number to its min/max (400 became 249), so the card has none and the server explains.
    [Fact]
    public async Task Survey_FirmOf400_IsToldTheSurveyIsForSmes_AndNothingIsChangedOrSaved()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var first = await bot.SayForCardAsync(user, "survey");
        var numbers = Elements(first["body"]).Where(e => (string?)e["type"] is "Input.Number" or "Input.Date").ToList();
        Assert.All(numbers, input => Assert.False(input.ContainsKey("min") || input.ContainsKey("max"), input.ToJsonString()));

        var card = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company(employees: 400)));

        Assert.Equal("Page 1 of 6", Progress(card));
        Assert.Equal("400", Value(card, "q.employees"));
        Assert.Equal("This survey is for SMEs, companies with fewer than 250 employees, so it does not fit a company of your size. Thank you for your interest.",
            ErrorFor(card, "q.employees"));
        Assert.Equal("Some answers need a second look: see the notes below.", TextById(card, "error"));
        var again = await bot.SayForCardAsync(user, "survey");
        Assert.Null(Value(again, "q.employees"));
        CardValidator.AssertValid("employees 400", card);
    }

    // A planned step cannot lie in the past; the dates in the message are written as the respondent's locale writes them.
    [Fact]
    public async Task Survey_PlannedStepInThePast_IsRefusedOnItsPage_NoDateBoundsOnTheCard()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser("en-GB");
        var first = await bot.SayForCardAsync(user, "survey");
        var abroad = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company()));
        Assert.False(Input(abroad, "q.next_step").ContainsKey("min"));

        var past = SurveyAnswers.Abroad();
        past["q.next_step"] = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd");
        var refused = SurveyDriver.CardOf(await bot.PressAsync(user, abroad, "survey.next", past));
        var tooLate = SurveyAnswers.Abroad();
        tooLate["q.next_step"] = "2036-02-01";
        var alsoRefused = SurveyDriver.CardOf(await bot.PressAsync(user, refused, "survey.next", tooLate));

        Assert.Equal("Page 2 of 6", Progress(refused));
        Assert.Equal("This is a step you are planning, so choose today or a later date.", ErrorFor(refused, "q.next_step"));
        Assert.EndsWith("to 31 December 2035.", ErrorFor(alsoRefused, "q.next_step"));
    }

    // Typing `survey` again posts a new card; the older one may not move the survey on behind the respondent's back.
    [Fact]
    public async Task Survey_OlderCardAfterResuming_SaysANewerCardIsInUse_AndChangesNothing()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var first = await bot.SayForCardAsync(user, "survey");
        var second = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company()));
        var resumed = await bot.SayForCardAsync(user, "survey");
        Assert.Equal("Page 2 of 6", Progress(resumed));

        var old = SurveyDriver.CardOf(await bot.PressAsync(user, second, "survey.next", SurveyAnswers.Abroad()));

        Assert.Equal("You went on with this survey on a newer card, so this one no longer works. Nothing was changed.", TextById(old, "outdated"));
        Assert.Equal(["survey.start"], Verbs(old));
        CardValidator.AssertValid("outdated", old);
        // The newer card still works and the older answers were not saved over it.
        var third = SurveyDriver.CardOf(await bot.PressAsync(user, resumed, "survey.next", SurveyAnswers.Abroad()));
        Assert.Equal("Page 3 of 6", Progress(third));

        // "Continue on this card" makes the old card the one in use, where the respondent is now.
        var picked = SurveyDriver.CardOf(await bot.PressAsync(user, old, "survey.start"));
        Assert.Equal("Page 3 of 6", Progress(picked));
        var stale = SurveyDriver.CardOf(await bot.PressAsync(user, third, "survey.next", SurveyAnswers.Barriers()));
        Assert.NotNull(TextById(stale, "outdated"));
        var fourth = SurveyDriver.CardOf(await bot.PressAsync(user, picked, "survey.next", SurveyAnswers.Barriers()));
        Assert.Equal("Page 4 of 6", Progress(fourth));
    }

    // The card in use pressed on a page it has left (a double press, a second device showing it late) would otherwise
    // save over later answers: it catches up with where the respondent is and saves nothing.
    [Fact]
    public async Task Survey_CardOfAnEarlierPage_ShowsWhereTheRespondentIs_AndDoesNotMoveTheSurveyBack()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var first = await bot.SayForCardAsync(user, "survey");
        var second = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company(employees: 12)));
        await bot.PressAsync(user, second, "survey.next", SurveyAnswers.Abroad());

        var old = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company(employees: 99)));

        Assert.Equal("Page 3 of 6", Progress(old));
        Assert.Null(TextById(old, "outdated"));
        var resumed = await bot.SayForCardAsync(user, "survey");
        Assert.Equal("Page 3 of 6", Progress(resumed));
        var back = SurveyDriver.CardOf(await bot.PressAsync(user, SurveyDriver.CardOf(await bot.PressAsync(user, resumed, "survey.back")), "survey.back"));
        Assert.Equal("12", Value(back, "q.employees"));
    }

    [Fact]
    public async Task Survey_Result_ShowsTheScoreBandAndSupportMatchedToTheBarriers()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();

        var result = await SurveyRun.CompleteAsync(bot, user, barriers: "partners,languages");

        var text = AllText(result);
        // intl_level regular (3/4, weight 2), plan yes (1), readiness 4,4,3,2,5 -> (1.5 + 1 + 3.25) / 8 = 72
        Assert.Equal("Export readiness: 72 out of 100", TextById(result, "score"));
        Assert.Equal("Ready to grow abroad", TextById(result, "band"));
        // Asked for (in the order offered), then matched to a barrier; training is already used and not offered.
        Assert.Equal(["Trade missions", "Matchmaking with foreign partners", "Legal advice and translation"], Recommendations(result));
        Assert.Equal("You asked for this support.", TextById(result, "why.1"));
        Assert.Equal("You asked for this support.", TextById(result, "why.2"));
        Assert.Equal("Because you named: Foreign languages", TextById(result, "why.3"));
        Assert.DoesNotContain("Training and coaching", text);
        Assert.Equal(["survey.new"], Verbs(result));
        CardValidator.AssertValid("result", result);
    }

    // The respondent who uses trade fairs and asks for market research gets market research first and no trade fairs.
    [Fact]
    public async Task Survey_Result_PutsWhatWasAskedForFirst_NeverOffersSupportAlreadyUsed_AtMostThree()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();

        var result = await SurveyRun.CompleteAsync(bot, user, barriers: "partners,financing,logistics,cultural",
            used: "fairs_delegations", wanted: "market_research");

        var recommended = Recommendations(result);
        Assert.Equal("Foreign market research", recommended[0]);
        Assert.Equal("You asked for this support.", TextById(result, "why.1"));
        Assert.DoesNotContain("Trade fairs and business delegations", recommended);
        Assert.Equal(3, recommended.Count);
        Assert.All(Enumerable.Range(2, 2), i => Assert.StartsWith("Because you named: ", TextById(result, $"why.{i}")));
    }

    [Fact]
    public async Task Survey_SameSubmitDeliveredTwice_StoresOnce()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var last = await SurveyRun.FillToLastPageAsync(bot, user);

        var first = SurveyDriver.CardOf(await bot.PressAsync(user, last, "survey.submit", SurveyAnswers.Finish(), activityId: "f:submit-1"));
        var retry = SurveyDriver.CardOf(await bot.PressAsync(user, last, "survey.submit", SurveyAnswers.Finish(), activityId: "f:submit-1"));
        var doubleClick = SurveyDriver.CardOf(await bot.PressAsync(user, last, "survey.submit", SurveyAnswers.Finish(), activityId: "f:submit-2"));

        Assert.Equal("Thank you! Your answers have been saved.", TextById(first, "notice"));
        Assert.Equal("Thank you! Your answers have been saved.", TextById(retry, "notice"));
        Assert.Equal("You have already submitted this survey. Here is your result.", TextById(doubleClick, "notice"));
        var csv = await SurveyRun.CsvAsync(bot);
        Assert.Equal(2, csv.Length); // header and one response
    }

    [Fact]
    public async Task Survey_TwoSubmitsAtOnce_StoreOneResponse()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var last = await SurveyRun.FillToLastPageAsync(bot, user);

        var both = await Task.WhenAll(
            bot.PressAsync(user, last, "survey.submit", SurveyAnswers.Finish(), activityId: "f:click-1"),
            bot.PressAsync(user, last, "survey.submit", SurveyAnswers.Finish(), activityId: "f:click-2"));

        Assert.All(both, answer => Assert.Equal("Your result", SurveyDriver.CardOf(answer)["body"]![1]!["text"]!.GetValue<string>()));
        Assert.Equal(2, (await SurveyRun.CsvAsync(bot)).Length);
    }

    [Fact]
    public async Task Survey_SubmittedResponseIsFinal_UntilTheSmeStartsANewOne()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        await SurveyRun.CompleteAsync(bot, user);

        var again = await bot.SayForCardAsync(user, "survey");
        Assert.Equal("You have already submitted this survey. Here is your result.", TextById(again, "notice"));

        var fresh = SurveyDriver.CardOf(await bot.PressAsync(user, again, "survey.new"));
        Assert.Equal("Page 1 of 6", Progress(fresh));
        Assert.Null(Value(fresh, "q.region"));
        await SurveyRun.CompleteAsync(bot, user, start: fresh);
        Assert.Equal(3, (await SurveyRun.CsvAsync(bot)).Length);
    }

    private static List<string> Recommendations(JsonObject result) =>
        Enumerable.Range(1, 10).Select(i => TextById(result, $"recommendation.{i}")).OfType<string>().ToList();

    [Fact]
    public async Task Survey_FollowsTheActivityLocale_WithEnglishFallback()
    {
        using var bot = new SurveyDriver(azurite);

        var dutch = await bot.SayForCardAsync(SurveyDriver.NewUser("nl-NL"), "survey");
        var french = await bot.SayForCardAsync(SurveyDriver.NewUser("fr-FR"), "survey");

        Assert.Equal("Pagina 1 van 6", Progress(dutch));
        Assert.Equal("Waar is uw bedrijf gevestigd?", Input(dutch, "q.region")["label"]!.GetValue<string>());
        Assert.Equal("Volgende", Action(dutch, "survey.next")["title"]!.GetValue<string>());
        Assert.Equal("Where is your company based?", Input(french, "q.region")["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Survey_LanguageChosenWithTheCommand_StaysOnEveryCard()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser("en-US");

        var first = await bot.SayForCardAsync(user, "survey nl");
        var second = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company()));
        var invalid = SurveyDriver.CardOf(await bot.PressAsync(user, second, "survey.next",
            new Dictionary<string, JsonNode?> { ["q.export_share"] = 35 }));

        Assert.Equal("Pagina 1 van 6", Progress(first));
        Assert.Equal("Pagina 2 van 6", Progress(second));
        Assert.Equal("Beantwoord deze vraag.", ErrorFor(invalid, "q.plan_market"));
    }
}
