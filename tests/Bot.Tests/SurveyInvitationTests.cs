using System.Text.Json.Nodes;
using StakeholderBot.Cards;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// `survey invite` in a group chat posts the invitation and records it; members' progress is counted (by pseudonym)
// and the manager reads the counts in personal chat.
[Collection(SurveyAzurite.Name)]
public sealed class SurveyInvitationTests(AzuriteFixture azurite)
{
    private const string Group = "19:invite-group@thread.v2";
    private const string GroupChat = "groupChat";

    [Fact]
    public async Task SurveyInvite_InAGroupChat_PostsTheInvitation_AndThePersonalListingCountsWhoOpenedStartedAndFinished()
    {
        using var bot = new SurveyDriver(azurite);
        var invitation = await bot.SayForCardAsync(SurveyDriver.Manager() with { Conversation = Group }, "survey invite 2099-12-31", GroupChat);
        Assert.Contains("Please answer by December 31, 2099.", MeetingCards.Text(invitation));
        var surveyId = (string)SurveyCards.Action(invitation, CardVerbs.SurveyStart)["data"]!["survey"]!;
        var (opener, starter, finisher) = (Member(), Member(), Member());

        // Teams refreshes the card for each member who sees it.
        await bot.ExecuteAsync(opener, CardVerbs.SurveyRefresh, new JsonObject { ["survey"] = surveyId }, conversationType: GroupChat);
        var first = SurveyDriver.CardOf(await bot.PressAsync(starter, invitation, CardVerbs.SurveyStart, conversationType: GroupChat));
        await bot.PressAsync(starter, first, CardVerbs.SurveyNext, SurveyAnswers.Company(), conversationType: GroupChat);
        var card = SurveyDriver.CardOf(await bot.PressAsync(finisher, invitation, CardVerbs.SurveyStart, conversationType: GroupChat));
        foreach (var page in new[] { SurveyAnswers.Company(), SurveyAnswers.Abroad(), SurveyAnswers.Barriers(), SurveyAnswers.Support(), SurveyAnswers.SupportReview(), SurveyAnswers.Readiness() })
            card = SurveyDriver.CardOf(await bot.PressAsync(finisher, card, CardVerbs.SurveyNext, page, conversationType: GroupChat));
        var result = SurveyDriver.CardOf(await bot.PressAsync(finisher, card, CardVerbs.SurveySubmit, SurveyAnswers.Finish(), conversationType: GroupChat));
        Assert.Contains("Your result", MeetingCards.Text(result));

        var listing = (string)(await bot.SayAsync(SurveyDriver.Manager(), "survey invite")).Single()!["text"]!;

        Assert.Contains("until December 31, 2099: 3 opened, 2 started, 1 finished", listing);
    }

    [Fact]
    public async Task InvitationRefreshedForEachMember_ShowsTheSameDeadline_InTheMembersLanguage()
    {
        using var bot = new SurveyDriver(azurite);
        var invitation = await bot.SayForCardAsync(SurveyDriver.Manager() with { Conversation = Group }, "survey invite 2099-12-31", GroupChat);
        var refresh = (JsonObject)invitation["refresh"]!["action"]!["data"]!;

        // Teams asks the bot for each member's own view with the card's refresh data.
        var english = SurveyDriver.CardOf(await bot.ExecuteAsync(Member(), CardVerbs.SurveyRefresh, (JsonObject)refresh.DeepClone(), conversationType: GroupChat));
        var dutch = SurveyDriver.CardOf(await bot.ExecuteAsync(Member("nl-NL"), CardVerbs.SurveyRefresh, (JsonObject)refresh.DeepClone(), conversationType: GroupChat));

        Assert.Contains("Please answer by December 31, 2099.", MeetingCards.Text(english));
        Assert.Contains("Beantwoord de enquête uiterlijk op 31 december 2099.", MeetingCards.Text(dutch));
        Assert.Equal("Mijn enquête invullen", (string?)SurveyCards.Action(dutch, CardVerbs.SurveyStart)["title"]);
        // The view Teams keeps for a member refreshes again with the same deadline.
        Assert.Equal(refresh.ToJsonString(), dutch["refresh"]!["action"]!["data"]!.ToJsonString());
    }

    [Fact]
    public async Task SurveyInvite_ForADutchManager_IsPostedAndListedInDutch()
    {
        using var bot = new SurveyDriver(azurite);
        var manager = SurveyDriver.Manager("nl-NL");

        var invitation = await bot.SayForCardAsync(manager with { Conversation = Group }, "survey invite 2099-12-31", GroupChat);
        var bad = (string)(await bot.SayAsync(manager with { Conversation = Group }, "survey invite morgen", GroupChat)).Single()!["text"]!;
        var listing = (string)(await bot.SayAsync(manager, "survey invite")).Single()!["text"]!;
        var refused = (string)(await bot.SayAsync(Member("nl-NL"), "survey invite", GroupChat)).Single()!["text"]!;

        Assert.Contains("Beantwoord de enquête uiterlijk op 31 december 2099.", MeetingCards.Text(invitation));
        Assert.StartsWith("Ik kon \"morgen\" niet als uiterste datum gebruiken", bad);
        Assert.Contains("Er is niets geplaatst.", bad);
        Assert.StartsWith("Openstaande enquête-uitnodigingen:", listing);
        Assert.Contains(", tot 31 december 2099: 0 geopend, 0 begonnen, 0 ingevuld", listing);
        Assert.Equal("Enquête-uitnodigingen zijn voor projectmanagers.", refused);
    }

    [Fact]
    public async Task PlainSurvey_ByAManagerInAGroupChat_IsAnInvitationWithoutDeadline_AndItsMembersAreCounted()
    {
        using var bot = new SurveyDriver(azurite);
        var invitation = await bot.SayForCardAsync(SurveyDriver.Manager() with { Conversation = Group }, "survey", GroupChat);
        var member = Member();
        var first = SurveyDriver.CardOf(await bot.PressAsync(member, invitation, CardVerbs.SurveyStart, conversationType: GroupChat));
        await bot.PressAsync(member, first, CardVerbs.SurveyNext, SurveyAnswers.Company(), conversationType: GroupChat);
        var notManager = (string)(await bot.SayAsync(Member(), "survey", GroupChat)).Single()!["text"]!;

        var listing = (string)(await bot.SayAsync(SurveyDriver.Manager(), "survey invite")).Single()!["text"]!;

        Assert.DoesNotContain("Please answer by", MeetingCards.Text(invitation));
        Assert.Null(invitation["refresh"]!["action"]!["data"]!["due"]);
        Assert.Contains(": 1 opened, 1 started, 0 finished", listing);
        Assert.DoesNotContain("until", listing);
        Assert.Contains("a project manager posts the survey", notManager);
    }

    [Fact]
    public async Task SurveyInvite_WithADeadlineThatIsNoDate_PostsNothing_AndSomeoneWhoIsNotAManagerIsRefused()
    {
        using var bot = new SurveyDriver(azurite);

        var bad = (await bot.SayAsync(SurveyDriver.Manager() with { Conversation = Group }, "survey invite next-friday", GroupChat)).Single()!;
        var refused = (await bot.SayAsync(Member(), "survey invite", GroupChat)).Single()!;
        var listing = (string)(await bot.SayAsync(SurveyDriver.Manager(), "survey invite")).Single()!["text"]!;

        Assert.Null(bad["attachments"]);
        Assert.Contains("Nothing was posted", (string)bad["text"]!);
        Assert.Contains("for project managers", (string)refused["text"]!);
        Assert.StartsWith("No survey invitations are open", listing);
    }

    private static SurveyUser Member(string locale = "en-US") => SurveyDriver.NewUser(locale) with { Conversation = Group };
}
