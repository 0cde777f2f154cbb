using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.SurveyCards;

namespace StakeholderBot.Bot.Tests;

// In a group chat a project manager posts one card; each member sees and fills in their own copy
// (invoke responses replace the card for the member who acted; refresh gives every viewer their own view).
[Collection(SurveyAzurite.Name)]
public sealed class SurveyGroupChatTests(AzuriteFixture azurite)
{
    private const string Group = "groupChat";

    [Fact]
    public async Task Survey_InAGroupChat_ManagerPostsAndEachMemberFillsInTheirOwnCopy()
    {
        using var bot = new SurveyDriver(azurite);
        var chat = "19:group-" + Guid.NewGuid().ToString("N")[..10] + "@thread.v2";
        var manager = SurveyDriver.Manager() with { Conversation = chat };
        var ana = SurveyDriver.NewUser() with { Conversation = chat };
        var ben = SurveyDriver.NewUser("nl-NL") with { Conversation = chat };

        var invitation = await bot.SayForCardAsync(manager, "survey", Group);
        Assert.Equal("survey.refresh", invitation["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Null(invitation["refresh"]!["userIds"]);
        Assert.Equal(["survey.start"], Verbs(invitation));
        CardValidator.AssertValid("invitation", invitation);

        var anaFirst = SurveyDriver.CardOf(await bot.PressAsync(ana, invitation, "survey.start", conversationType: Group));
        var anaSecond = SurveyDriver.CardOf(await bot.PressAsync(ana, anaFirst, "survey.next", SurveyAnswers.Company(), conversationType: Group));
        Assert.Equal("Page 2 of 6", Progress(anaSecond));
        Assert.Equal("survey.refresh", anaSecond["refresh"]!["action"]!["verb"]!.GetValue<string>());

        // Ben has not started: his view of the same card is the invitation, in his language; then his own empty copy.
        var benView = SurveyDriver.CardOf(await bot.ExecuteAsync(ben, "survey.refresh", Data(), conversationType: Group, trigger: "automatic"));
        Assert.Equal(["survey.start"], Verbs(benView));
        Assert.Equal("Mijn enquête invullen", Action(benView, "survey.start")["title"]!.GetValue<string>());
        var benFirst = SurveyDriver.CardOf(await bot.PressAsync(ben, benView, "survey.start", conversationType: Group));
        Assert.Equal("Pagina 1 van 6", Progress(benFirst));
        Assert.Null(Value(benFirst, "q.employees"));

        // Ana comes back to the chat later: the refresh shows her own page, not Ben's and not the invitation.
        var anaLater = SurveyDriver.CardOf(await bot.ExecuteAsync(ana, "survey.refresh", Data(), conversationType: Group, trigger: "automatic"));
        Assert.Equal("Page 2 of 6", Progress(anaLater));
    }

    [Fact]
    public async Task Survey_InAGroupChat_OnlyAProjectManagerCanPostIt()
    {
        using var bot = new SurveyDriver(azurite);

        var replies = await bot.SayAsync(SurveyDriver.NewUser(), "survey", Group);

        Assert.Null(SurveyDriver.Card(replies));
        Assert.StartsWith("In a group chat or channel, a project manager posts the survey.", replies[0]!["text"]!.GetValue<string>());
    }

    private static JsonObject Data() => new() { ["survey"] = "sme-readiness" };
}
