using System.Text.Json.Nodes;
using StakeholderBot.Cards;
using StakeholderBot.Dialogs.Reminders;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// The nudge to finish a survey: an SME starts it in personal chat and stops; three days later they get one message
// there with Continue, through a Bot Connector stand-in, on Azurite, with a clock the test moves. An SME who started
// from an invitation in a group chat gets it in their personal chat too, started the Teams way when there is none.
public sealed class SurveyNudgeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string Sme = "29:sme-nudged";
    private const string SmeAad = "3c2b1a09-8f7e-4d6c-9b5a-1e2d3c4b5a69";
    private const string Chat = "a:personal-sme-nudged";
    private const string Group = "19:nudge-group@thread.v2";
    private const string Tenant = "4c1b7a9e-2d3f-4e5a-8b6c-7d8e9f0a1b2c";
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private ScriptedConnector connector = null!;

    public async Task InitializeAsync() => connector = await ScriptedConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private ReminderHost Host() => new(azurite.ConnectionString, "n" + Guid.NewGuid().ToString("N")[..8], new StoppedClock(Start), connector);

    [Fact]
    public async Task StartedAndLeft_GetsOneNudgeAfterThreeDays_AndContinueResumesWhereTheyStopped()
    {
        await using var host = Host();
        var first = await CardAsync(host, "survey");
        var second = await PressAsync(host, first, CardVerbs.SurveyNext, SurveyAnswers.Company());
        Assert.Contains("Page 2 of", MeetingCards.Text(second));
        var nudges = host.Service<SurveyNudges>();

        host.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await nudges.RunAsync(default));
        Assert.Empty(connector.Attempts);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await nudges.RunAsync(default));
        var nudge = ReminderCards.CardOf(Assert.Single(connector.Attempts));
        Assert.Equal(Chat, connector.Attempts.Single().ConversationId);
        // Out of the pages the survey shows them, as its own cards count.
        var pages = System.Text.RegularExpressions.Regex.Match(MeetingCards.Text(second), @"Page 2 of (\d+)").Groups[1].Value;
        Assert.Contains($"stopped on page 2 of {pages}.", MeetingCards.Text(nudge));
        Assert.Empty(CardValidator.Validate(nudge));

        // Never a second one for this response.
        Assert.Equal(0, await nudges.RunAsync(default));
        host.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(0, await nudges.RunAsync(default));

        var resumed = await PressAsync(host, nudge, CardVerbs.SurveyStart);
        Assert.Contains("Page 2 of", MeetingCards.Text(resumed));
        Assert.Contains("continue where you left off", MeetingCards.Text(resumed));

        // Coming back and leaving again does not earn another nudge.
        host.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(0, await nudges.RunAsync(default));
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task Submitted_GetsNoNudge()
    {
        await using var host = Host();
        var card = await CardAsync(host, "survey");
        foreach (var page in new[] { SurveyAnswers.Company(), SurveyAnswers.Abroad(), SurveyAnswers.Barriers(), SurveyAnswers.Support(), SurveyAnswers.SupportReview(), SurveyAnswers.Readiness() })
            card = await PressAsync(host, card, CardVerbs.SurveyNext, page);
        var result = await PressAsync(host, card, CardVerbs.SurveySubmit, SurveyAnswers.Finish());
        Assert.Contains("Your result", MeetingCards.Text(result));

        host.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(0, await host.Service<SurveyNudges>().RunAsync(default));
        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public async Task ProgressDeletedWithTheRespondentsData_GetsNoNudge()
    {
        await using var host = Host();
        var first = await CardAsync(host, "survey");
        await PressAsync(host, first, CardVerbs.SurveyNext, SurveyAnswers.Company());

        await host.Service<ConversationStateStore>().DeleteAsync(new ConversationStateKey(Chat, Sme, SurveyProgressStore.Flow));
        host.Clock.Advance(TimeSpan.FromDays(4));

        Assert.Equal(0, await host.Service<SurveyNudges>().RunAsync(default));
        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public async Task StartedFromAGroupInvitation_WithNoPersonalChat_GetsTheNudgeInANewPersonalChat_AndContinueResumesThere()
    {
        await using var host = Host();
        var (invitation, _) = await InviteAndStartAsync(host);
        var nudges = host.Service<SurveyNudges>();

        host.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await nudges.RunAsync(default));

        // The 1:1 chat is started the Teams way: the bot and tenant of the group, the member, no group.
        var create = Assert.Single(connector.Creates);
        Assert.Equal(Sme, (string?)create["members"]![0]!["id"]);
        Assert.Equal(ReminderHost.BotId, (string?)create["bot"]!["id"]);
        Assert.Equal(Tenant, (string?)create["tenantId"]);
        Assert.Equal(Tenant, (string?)create["channelData"]!["tenant"]!["id"]);
        Assert.False((bool?)create["isGroup"] ?? false);
        var chat = ScriptedConnector.ChatCreatedFor(Sme);
        // Stored as the SME's chat, under their code too (an erase by code finds it).
        var created = Assert.Single(await host.Service<ConversationReferenceStore>().ListPersonalAsync(Sme));
        Assert.Equal(chat, created.ConversationId);
        Assert.Equal(chat, Assert.Single(await host.Service<ConversationReferenceStore>().PersonalChatsOfAsync(
            host.Service<StakeholderBot.Dialogs.Pseudonyms>().Of(new StakeholderBot.Dialogs.UserRef(Sme, SmeAad, null)))));
        var sent = Assert.Single(connector.Attempts);
        Assert.Equal(chat, sent.ConversationId);
        var nudge = ReminderCards.CardOf(sent);
        Assert.Contains("stopped on page 2 of", MeetingCards.Text(nudge));
        Assert.Empty(CardValidator.Validate(nudge));

        // Continue in the personal chat goes on with the answers given in the group.
        var resumed = await PressAsync(host, nudge, CardVerbs.SurveyStart, conversation: chat);
        Assert.Contains("Page 2 of", MeetingCards.Text(resumed));
        Assert.Contains("continue where you left off", MeetingCards.Text(resumed));
        var third = await PressAsync(host, resumed, CardVerbs.SurveyNext, SurveyAnswers.Abroad(), conversation: chat);
        Assert.Contains("Page 3 of", MeetingCards.Text(third));

        // One nudge for the response, wherever it went on; the group's card no longer holds it.
        host.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(0, await nudges.RunAsync(default));
        Assert.Single(connector.Creates);
        Assert.Single(connector.Attempts);
        Assert.Null(await host.Service<SurveyProgressStore>().GetAsync(Group, Sme, default));
        Assert.NotNull(invitation);
    }

    [Fact]
    public async Task StartedFromAGroupInvitation_WithAPersonalChatKnown_GetsTheNudgeThere_WithoutStartingAnother()
    {
        await using var host = Host();
        await CardAsync(host, "help");
        await MeetingHost.EventuallyAsync(async () => (await host.Service<ConversationReferenceStore>().ListPersonalAsync(Sme)).Count > 0,
            "the SME's personal chat is stored");
        await InviteAndStartAsync(host);

        host.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await host.Service<SurveyNudges>().RunAsync(default));

        Assert.Empty(connector.Creates);
        Assert.Equal(Chat, Assert.Single(connector.Attempts).ConversationId);
    }

    [Fact]
    public async Task StartedFromAGroupInvitation_AppNotInstalledForThem_NothingIsSent_AndItIsNotTriedAgain()
    {
        await using var host = Host();
        await InviteAndStartAsync(host);
        connector.Script("create:" + Sme, 403);
        var nudges = host.Service<SurveyNudges>();

        host.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await nudges.RunAsync(default));
        host.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await nudges.RunAsync(default));

        Assert.Single(connector.Creates);
        Assert.Empty(connector.Attempts);
        Assert.Empty(await host.Service<ConversationReferenceStore>().ListPersonalAsync(Sme));
    }

    [Fact]
    public async Task StartedFromAGroupInvitation_ThenSubmittedOrDeleted_GetsNoNudge()
    {
        await using var host = Host();
        var (_, card) = await InviteAndStartAsync(host);
        foreach (var page in new[] { SurveyAnswers.Abroad(), SurveyAnswers.Barriers(), SurveyAnswers.Support(), SurveyAnswers.SupportReview(), SurveyAnswers.Readiness() })
            card = await PressAsync(host, card, CardVerbs.SurveyNext, page, Group);
        Assert.Contains("Your result", MeetingCards.Text(await PressAsync(host, card, CardVerbs.SurveySubmit, SurveyAnswers.Finish(), Group)));

        host.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(0, await host.Service<SurveyNudges>().RunAsync(default));
        Assert.Empty(connector.Creates);
        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public async Task StartedFromAGroupInvitation_ThenDeleteMyData_GetsNoNudge()
    {
        await using var host = Host();
        await InviteAndStartAsync(host);
        var confirm = await CardAsync(host, "delete my data");
        await PressAsync(host, confirm, "data.delete");

        host.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(0, await host.Service<SurveyNudges>().RunAsync(default));
        Assert.Empty(connector.Creates);
        Assert.Empty(connector.Attempts);
        Assert.Null(await host.Service<SurveyProgressStore>().GetAsync(Group, Sme, default));
    }

    // A project manager posts the invitation in a group chat; the SME starts from it and stops on page 2.
    private static async Task<(JsonObject Invitation, JsonObject Page2)> InviteAndStartAsync(ReminderHost host)
    {
        var post = Fixtures.Load("group-chat");
        post["id"] = Guid.NewGuid().ToString("N");
        post["text"] = "<at>StakeholderBot</at> survey invite";
        post["locale"] = "en-US";
        post["from"] = new JsonObject { ["id"] = "29:manager-a", ["name"] = "Marta Kowalska", ["aadObjectId"] = ReminderHost.ManagerA };
        post["deliveryMode"] = "expectReplies";
        var invitation = SurveyDriver.Card((JsonArray)(await host.PostAsync(InGroup(host, post)))["activities"]!)
            ?? throw new Xunit.Sdk.XunitException("No invitation card");
        var first = await PressAsync(host, invitation, CardVerbs.SurveyStart, conversation: Group);
        var second = await PressAsync(host, first, CardVerbs.SurveyNext, SurveyAnswers.Company(), Group);
        Assert.Contains("Page 2 of", MeetingCards.Text(second));
        await MeetingHost.EventuallyAsync(async () => (await host.Service<ConversationReferenceStore>().ListAsync(Group)).Count > 0,
            "the group's reference is stored");
        return (invitation, second);
    }

    private static JsonObject InGroup(ReminderHost host, JsonObject activity)
    {
        activity["conversation"] = new JsonObject
        {
            ["id"] = Group, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = Tenant,
        };
        activity["recipient"] = new JsonObject { ["id"] = ReminderHost.BotId, ["name"] = "StakeholderBot" };
        activity["serviceUrl"] = host.Connector.ServiceUrl;
        return activity;
    }

    private static async Task<JsonObject> CardAsync(ReminderHost host, string text)
    {
        var activity = Fixtures.Message(text, userAad: SmeAad, conversationId: Chat);
        activity["from"]!["id"] = Sme;
        activity["serviceUrl"] = host.Connector.ServiceUrl;
        activity["deliveryMode"] = "expectReplies";
        var replies = (JsonArray)(await host.PostAsync(activity))["activities"]!;
        return SurveyDriver.Card(replies) ?? throw new Xunit.Sdk.XunitException("No card in: " + replies.ToJsonString());
    }

    // The card's action pressed in Teams: the action's data and, unless it skips them, the inputs.
    private static async Task<JsonObject> PressAsync(ReminderHost host, JsonObject card, string verb, IReadOnlyDictionary<string, JsonNode?>? inputs = null,
        string conversation = Chat)
    {
        var action = SurveyCards.Action(card, verb);
        var data = (JsonObject)action["data"]!.DeepClone();
        foreach (var (id, value) in inputs ?? new Dictionary<string, JsonNode?>()) data[id] = value?.DeepClone();
        var activity = Fixtures.Load("adaptive-card-action");
        activity["id"] = "f:" + Guid.NewGuid();
        activity["from"] = new JsonObject { ["id"] = Sme, ["name"] = "Ana Horvat", ["aadObjectId"] = SmeAad };
        activity["conversation"]!["id"] = conversation;
        activity["serviceUrl"] = host.Connector.ServiceUrl;
        if (conversation == Group) InGroup(host, activity);
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        return SurveyDriver.CardOf(await host.PostAsync(activity));
    }
}
