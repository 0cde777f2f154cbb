using System.Text.Json.Nodes;
using StakeholderBot.Cards;
using StakeholderBot.Dialogs.Reminders;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// The nudge to finish a survey: an SME starts it in personal chat and stops; three days later they get one message
// there with Continue, through a Bot Connector stand-in, on Azurite, with a clock the test moves.
public sealed class SurveyNudgeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string Sme = "29:sme-nudged";
    private const string SmeAad = "3c2b1a09-8f7e-4d6c-9b5a-1e2d3c4b5a69";
    private const string Chat = "a:personal-sme-nudged";
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
        Assert.Contains("stopped on page 2 of", MeetingCards.Text(nudge));
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
    private static async Task<JsonObject> PressAsync(ReminderHost host, JsonObject card, string verb, IReadOnlyDictionary<string, JsonNode?>? inputs = null)
    {
        var action = SurveyCards.Action(card, verb);
        var data = (JsonObject)action["data"]!.DeepClone();
        foreach (var (id, value) in inputs ?? new Dictionary<string, JsonNode?>()) data[id] = value?.DeepClone();
        var activity = Fixtures.Load("adaptive-card-action");
        activity["id"] = "f:" + Guid.NewGuid();
        activity["from"] = new JsonObject { ["id"] = Sme, ["name"] = "Ana Horvat", ["aadObjectId"] = SmeAad };
        activity["conversation"]!["id"] = Chat;
        activity["serviceUrl"] = host.Connector.ServiceUrl;
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        return SurveyDriver.CardOf(await host.PostAsync(activity));
    }
}
