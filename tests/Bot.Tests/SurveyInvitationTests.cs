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
        Assert.Contains("Please answer by 31 December 2099.", MeetingCards.Text(invitation));
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

        Assert.Contains("until 31 Dec 2099: 3 opened, 2 started, 1 finished", listing);
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

    private static SurveyUser Member() => SurveyDriver.NewUser() with { Conversation = Group };
}
