using System.Text.Json.Nodes;
using StakeholderBot.Cards;
using StakeholderBot.Dialogs;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.Storage.Proactive;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.ReminderCards;
using static StakeholderBot.Bot.Tests.ReminderHost;

namespace StakeholderBot.Bot.Tests;

// The morning reminder of due action items, sent first by the bot: through a Bot Connector stand-in that records
// what it gets, on Azurite, with a clock that moves only when the test moves it. Monday 7 December 2026; Rome is
// UTC+1 and New York UTC-5, so 07:00 UTC is 08:00 in Rome and 02:00 in New York.
public sealed class ReminderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset RomeEight = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);
    private readonly string prefix = "r" + Guid.NewGuid().ToString("N")[..8];
    private ScriptedConnector connector = null!;

    public async Task InitializeAsync() => connector = await ScriptedConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private ReminderHost Host(StoppedClock clock) => new(azurite.ConnectionString, prefix, clock, connector);

    [Fact]
    public async Task Reminder_ComesAtTheManagersLocalHour_WithTheirDueAndOverdueItemsOnly()
    {
        await using var host = Host(new StoppedClock(RomeEight.AddMinutes(-1)));
        await host.MeetAsync(ManagerA, "Europe/Rome");
        await host.MeetAsync(ManagerB, "America/New_York");
        await host.LogAsync(ManagerA, new(2026, 11, 20),
            ("Send the minutes", Today.AddDays(2)), ("Book the venue", Today.AddDays(-6)), ("Draft the 2027 plan", Today.AddDays(23)));
        await host.LogAsync(ManagerB, new(2026, 11, 25), ("Call the chamber", Today.AddDays(1)));

        Assert.Equal(0, await host.RunAsync());
        Assert.Empty(connector.Attempts);

        host.Clock.SetUtcNow(RomeEight);
        Assert.Equal(1, await host.RunAsync());
        var sent = Assert.Single(connector.Attempts);
        Assert.Equal(ChatOf(ManagerA), sent.ConversationId);
        Assert.Null(sent.Activity!["replyToId"]);
        Assert.Equal(ChatOf(ManagerA), (string?)sent.Activity["conversation"]!["id"]);
        Assert.Equal(BotId, (string?)sent.Activity["from"]!["id"]);
        var card = CardOf(sent);
        var text = MeetingCards.Text(card);
        Assert.Contains("Send the minutes", card.ToJsonString());
        Assert.Contains("Book the venue", card.ToJsonString());
        Assert.Contains("OVERDUE since", text);
        Assert.DoesNotContain("Draft the 2027 plan", card.ToJsonString());
        Assert.DoesNotContain("Call the chamber", card.ToJsonString());
        Assert.Equal(2, Buttons(card, CardVerbs.ReminderDone).Count);
        Assert.Equal(2, Buttons(card, CardVerbs.ReminderSnooze).Count);
        Assert.Empty(CardValidator.Validate(card));

        // Once a day: a later run that morning sends nothing more.
        host.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await host.RunAsync());
        Assert.Single(connector.Attempts);

        // 08:00 in New York.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 13, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await host.RunAsync());
        Assert.Equal(ChatOf(ManagerB), connector.Attempts.Last().ConversationId);
        Assert.Contains("Call the chamber", CardOf(connector.Attempts.Last()).ToJsonString());
    }

    [Fact]
    public async Task NothingDue_NothingIsSent()
    {
        await using var host = Host(new StoppedClock(RomeEight.AddHours(1)));
        await host.MeetAsync(ManagerA);
        var meeting = await host.LogAsync(ManagerA, new(2026, 11, 20), ("Draft the 2027 plan", Today.AddDays(30)), ("Book the venue", Today.AddDays(1)));
        var booked = meeting.ActionItems[1];
        await host.Meetings.MarkDoneAsync(meeting.PartitionKey, MeetingKeys.ActionRow(meeting.Date, meeting.Id, booked.Id), booked.ETag, ManagerA, default);

        Assert.Equal(0, await host.RunAsync());
        Assert.Equal(0, await host.RunAsync());

        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public async Task DoneAndSnooze_FromTheReminderCard_UpdateTheItems_AndLaterRemindersLeaveThemOut()
    {
        await using var host = Host(new StoppedClock(RomeEight));
        await host.MeetAsync(ManagerA);
        var meeting = await host.LogAsync(ManagerA, new(2026, 11, 20),
            ("Send the minutes", Today.AddDays(1)), ("Book the venue", Today.AddDays(2)), ("Ask for the budget", Today.AddDays(-1)));
        Assert.Equal(1, await host.RunAsync());
        var reminder = CardOf(connector.Attempts.Single());

        var afterDone = MeetingCards.InvokeCard(await host.PressAsync(ManagerA, Button(reminder, "Send the minutes", CardVerbs.ReminderDone)));
        Assert.Contains("Marked done: Send the minutes", MeetingCards.Text(afterDone));
        Assert.Equal(2, Buttons(afterDone, CardVerbs.ReminderDone).Count);
        var minutes = await host.Meetings.GetActionItemAsync(meeting.PartitionKey, MeetingKeys.ActionRow(meeting.Date, meeting.Id, "a01"), default);
        Assert.True(minutes!.Item.Done);

        var afterSnooze = MeetingCards.InvokeCard(await host.PressAsync(ManagerA, Button(reminder, "Book the venue", CardVerbs.ReminderSnooze)));
        Assert.Contains("Snoozed for 7 days: Book the venue", MeetingCards.Text(afterSnooze));
        Assert.Single(Buttons(afterSnooze, CardVerbs.ReminderDone));
        var venue = await host.Meetings.GetActionItemAsync(meeting.PartitionKey, MeetingKeys.ActionRow(meeting.Date, meeting.Id, "a02"), default);
        Assert.Equal(Today.AddDays(7), venue!.Item.SnoozedUntil);
        Assert.False(venue.Item.Done);

        // The first card is stale now: its Done on the closed item says so and changes nothing.
        var again = MeetingCards.InvokeCard(await host.PressAsync(ManagerA, Button(reminder, "Send the minutes", CardVerbs.ReminderDone)));
        Assert.Contains("Already marked done: Send the minutes", MeetingCards.Text(again));

        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await host.RunAsync());
        var tomorrow = CardOf(connector.Attempts.Last()).ToJsonString();
        Assert.Contains("Ask for the budget", tomorrow);
        Assert.DoesNotContain("Send the minutes", tomorrow);
        Assert.DoesNotContain("Book the venue", tomorrow);

        // The snooze ends after 7 days; the venue is overdue by then.
        host.Clock.SetUtcNow(RomeEight.AddDays(7));
        Assert.Equal(1, await host.RunAsync());
        Assert.Contains("Book the venue", CardOf(connector.Attempts.Last()).ToJsonString());
    }

    [Fact]
    public async Task RemindersOff_StopsThem_AndRemindersOn_BringsThemBack()
    {
        await using var host = Host(new StoppedClock(RomeEight));
        await host.MeetAsync(ManagerA);
        await host.LogAsync(ManagerA, new(2026, 11, 20), ("Send the minutes", Today.AddDays(1)));

        var off = (string)(await host.SayAsync(ManagerA, "reminders off")).Single()!["text"]!;
        Assert.Contains("**off**", off);
        Assert.Equal(0, await host.RunAsync());
        Assert.Empty(connector.Attempts);

        var on = (string)(await host.SayAsync(ManagerA, "reminders on")).Single()!["text"]!;
        Assert.Contains("**on**", on);
        Assert.Contains("08:00 (Europe/Rome)", on);
        Assert.Equal(1, await host.RunAsync());
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task RemindersCommand_FromSomeoneWhoIsNotAManager_IsRefused_AndChangesNothing()
    {
        await using var host = Host(new StoppedClock(RomeEight));
        var reply = (string)(await host.SayAsync("0b9e8d7c-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "reminders off")).Single()!["text"]!;

        Assert.Contains("for project managers", reply);
        Assert.Null(await host.Service<ManagerProfileStore>().GetAsync("0b9e8d7c-6f5e-4d3c-2b1a-0f9e8d7c6b5a"));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task ConnectorRefusesForGood_TheReferenceTurnsInactive_AndNothingMoreIsSent_UntilTheManagerWritesAgain(int status)
    {
        await using var host = Host(new StoppedClock(RomeEight));
        await host.MeetAsync(ManagerA);
        await host.LogAsync(ManagerA, new(2026, 11, 20), ("Send the minutes", Today.AddDays(5)));
        connector.Script(ChatOf(ManagerA), status);
        var references = host.Service<ConversationReferenceStore>();

        Assert.Equal(0, await host.RunAsync());
        Assert.Equal([status], connector.Attempts.Select(a => a.Status));
        Assert.False((await references.ListAsync(ChatOf(ManagerA))).Single().Active);

        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await host.RunAsync());
        Assert.Single(connector.Attempts);

        // Writing to the bot again proves the chat works: the next morning's reminder goes out.
        await host.SayAsync(ManagerA, "help");
        await MeetingHost.EventuallyAsync(async () => (await references.ListAsync(ChatOf(ManagerA))).Single().Active, "the reference is active again");
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await host.RunAsync());
        Assert.Equal([status, 201], connector.Attempts.Select(a => a.Status));
    }

    [Fact]
    public async Task AppRemoved_TheReferenceTurnsInactive_AndNoReminderIsTried()
    {
        await using var host = Host(new StoppedClock(RomeEight));
        await host.MeetAsync(ManagerA);
        await host.LogAsync(ManagerA, new(2026, 11, 20), ("Send the minutes", Today.AddDays(5)));
        var removal = Fixtures.Load("installation-update-add");
        removal["action"] = "remove";
        removal["serviceUrl"] = connector.ServiceUrl;
        removal["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = ChatOf(ManagerA) };
        removal["from"]!["aadObjectId"] = ManagerA;

        await host.PostAsync(removal);

        Assert.False((await host.Service<ConversationReferenceStore>().ListAsync(ChatOf(ManagerA))).Single().Active);
        Assert.Equal(0, await host.RunAsync());
        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public async Task TwoInstancesSharingStorage_SendEachReminderOnce()
    {
        var clock = new StoppedClock(RomeEight);
        await using var first = Host(clock);
        await using var second = Host(clock);
        foreach (var manager in new[] { ManagerA, ManagerB, ManagerC })
        {
            await first.MeetAsync(manager);
            await first.LogAsync(manager, new(2026, 11, 20), ("Send the minutes of " + manager, Today.AddDays(1)));
        }

        var sent = await Task.WhenAll(first.RunAsync(), second.RunAsync(), first.RunAsync(), second.RunAsync());

        Assert.Equal(3, sent.Sum());
        Assert.Equal(3, connector.Attempts.Count);
        Assert.Equal(new[] { ChatOf(ManagerA), ChatOf(ManagerB), ChatOf(ManagerC) }.Order(), connector.Attempts.Select(a => a.ConversationId).Order());
    }

    [Fact]
    public async Task AClaimLeftByAnInstanceThatDied_IsTakenOverOnceItsLeaseRanOut()
    {
        await using var host = Host(new StoppedClock(RomeEight));
        await host.MeetAsync(ManagerA);
        await host.LogAsync(ManagerA, new(2026, 11, 20), ("Send the minutes", Today.AddDays(1)));
        var ledger = host.Service<SendLedger>();
        var code = host.Service<Pseudonyms>().Of(new UserRef("", ManagerA, null));
        Assert.NotNull(await ledger.TryClaimAsync("actions", "20261207", code, "instance-that-died", TimeSpan.FromMinutes(10)));

        Assert.Equal(0, await host.RunAsync());
        Assert.Empty(connector.Attempts);

        host.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, await host.RunAsync());
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task Throttled_TheReminderWaitsTheRetryAfter_ThenIsDeliveredOnce()
    {
        await using var host = Host(new StoppedClock(RomeEight));
        await host.MeetAsync(ManagerA);
        await host.LogAsync(ManagerA, new(2026, 11, 20), ("Send the minutes", Today.AddDays(1)));
        connector.RetryAfterSeconds = 45;
        connector.Script(ChatOf(ManagerA), 429);

        var run = host.RunAsync();
        await MeetingHost.EventuallyAsync(() => host.Clock.Waits.Contains(TimeSpan.FromSeconds(45)), "the outbox waits the Retry-After");
        Assert.Equal([429], connector.Attempts.Select(a => a.Status));
        Assert.False(run.IsCompleted);

        host.Clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(1, await run);
        Assert.Equal([429, 201], connector.Attempts.Select(a => a.Status));
        Assert.Single(connector.Delivered);
    }
}
