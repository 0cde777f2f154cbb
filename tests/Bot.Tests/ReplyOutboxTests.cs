using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Connector;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Every reply goes through the outbox: sent in the turn while the turn's budget lasts, then in the background,
// once each, in order, with the connector's Retry-After honoured. The test clock makes every wait instant and
// records how long was waited.
public sealed class ReplyOutboxTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TestClock clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private ScriptedConnector connector = null!;

    public async Task InitializeAsync() => connector = await ScriptedConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task TurnThrottledPastItsBudget_AnswersAtOnce_AndTheReplyArrivesOnceAfterTheRetryAfter()
    {
        await using var bot = new BotApp().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        connector.Script("a:throttled", 429);
        var message = Fixtures.Message("help", conversationId: "a:throttled");
        message["serviceUrl"] = connector.ServiceUrl;
        // The outbox's attempt waits until the test has seen the inbound request answered without it.
        connector.HoldFrom(2);

        using var content = new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await bot.CreateClient().PostAsync("/api/messages", content);
        Assert.Empty(connector.Delivered);
        connector.Release();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await bot.Services.GetRequiredService<ReplyOutbox>().FlushAsync(Patience));
        Assert.Single(connector.Delivered);
        Assert.Equal([429, 201], connector.Attempts.Select(a => a.Status));
        Assert.Contains(TimeSpan.FromSeconds(30), clock.Waits);
    }

    [Fact]
    public async Task RetryAfterWithinTheTurnsBudget_IsWaitedFor_AndTheReplyIsDeliveredBeforeTheTurnAnswers()
    {
        var outbox = Outbox();
        connector.RetryAfterSeconds = 3;
        connector.Script("a:short", 429);

        await outbox.SendAsync(connector.ServiceUrl, "a:short", "in-1", [Reply("soon")], InTurnDeadline(), default);

        Assert.Equal(["soon"], connector.Delivered);
        Assert.Equal(0, outbox.Count);
        Assert.Equal([TimeSpan.FromSeconds(3)], clock.Waits);
    }

    [Fact]
    public async Task TheTurnsBudgetCoversAllWaits_AWaitThatNoLongerFits_EndsTheTurn_AndTheRestFollows()
    {
        var outbox = Outbox();
        connector.RetryAfterSeconds = 8;
        connector.Script("a:twice", 429, 429);
        connector.HoldFrom(3);

        await outbox.SendAsync(connector.ServiceUrl, "a:twice", "in-1", [Reply("later")], InTurnDeadline(), default);

        // 8 s fitted in the 11 s of the turn, a second 8 s did not: the turn answered after two attempts.
        Assert.Equal(2, connector.Attempts.Count);
        Assert.Equal(TimeSpan.FromSeconds(8), clock.Waits.First());
        connector.Release();
        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Equal(["later"], connector.Delivered);
        Assert.Equal([TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8)], clock.Waits);
    }

    [Fact]
    public async Task UnavailableInTheTurn_IsRetriedWithGrowingBackoff_WithinTheTurn()
    {
        var outbox = Outbox();
        connector.Script("a:blip", 503, 502);

        await outbox.SendAsync(connector.ServiceUrl, "a:blip", "in-1", [Reply("made it")], InTurnDeadline(), default);

        Assert.Equal(["made it"], connector.Delivered);
        Assert.Equal([503, 502, 201], connector.Attempts.Select(a => a.Status));
        Assert.True(clock.Waits.Zip(clock.Waits.Skip(1)).All(w => w.Second > w.First));
    }

    [Fact]
    public async Task TwoRepliesOfATurn_TheFirstThrottled_BothArriveOnceInOrder()
    {
        var outbox = Outbox();
        connector.Script("a:two", 429);

        await outbox.SendAsync(connector.ServiceUrl, "a:two", "in-1", [Reply("first"), Reply("second")], InTurnDeadline(), default);

        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Equal(["first", "second"], connector.Delivered);
        // The second reply was never tried in the turn: it waited behind the first.
        Assert.Equal([("first", 429), ("first", 201), ("second", 201)], connector.Attempts.Select(a => (a.Text, a.Status)));
        Assert.Equal([TimeSpan.FromSeconds(30)], clock.Waits);
    }

    [Fact]
    public async Task ALaterTurn_WhileEarlierRepliesWait_QueuesBehindThem()
    {
        var outbox = Outbox();
        connector.Script("a:busy", 429);
        connector.HoldFrom(2);

        await outbox.SendAsync(connector.ServiceUrl, "a:busy", "in-1", [Reply("first")], InTurnDeadline(), default);
        await outbox.SendAsync(connector.ServiceUrl, "a:busy", "in-2", [Reply("later")], InTurnDeadline(), default).WaitAsync(Patience);

        // The later turn sent nothing itself: its reply waits behind the first one, whose attempt is held.
        Assert.Single(connector.Attempts);
        Assert.Equal(2, outbox.Count);
        connector.Release();
        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Equal(["first", "later"], connector.Delivered);
    }

    [Fact]
    public async Task TheSameConversationIdAtAnotherServiceUrl_IsNotHeldUpByIt()
    {
        await using var other = await ScriptedConnector.StartAsync();
        var outbox = Outbox();
        connector.Script("a:shared-id", 429);
        connector.HoldFrom(2);

        await outbox.SendAsync(connector.ServiceUrl, "a:shared-id", "in-1", [Reply("stuck")], InTurnDeadline(), default);
        await outbox.SendAsync(other.ServiceUrl, "a:shared-id", "in-2", [Reply("free")], InTurnDeadline(), default).WaitAsync(Patience);

        Assert.Equal(["free"], other.Delivered);
        Assert.Equal(1, outbox.Count);
        connector.Release();
        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Equal(["stuck"], connector.Delivered);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task RefusedForGood_IsNotRetried(int status)
    {
        var outbox = Outbox();
        connector.Script("a:bad", status);

        Assert.True(outbox.TryEnqueue(connector.ServiceUrl, "a:bad", [Reply("rejected")]));

        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Equal(status, Assert.Single(connector.Attempts).Status);
        Assert.Empty(connector.Delivered);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task BadRequestInTheTurn_EndsTheTurn_AndNothingWaits()
    {
        var outbox = Outbox();
        connector.Script("a:bad-turn", 400);

        await outbox.SendAsync(connector.ServiceUrl, "a:bad-turn", "in-1", [Reply("rejected")], InTurnDeadline(), default);

        Assert.Equal(0, outbox.Count);
        Assert.Single(connector.Attempts);
    }

    [Fact]
    public async Task ATurnAzureBotServiceGaveUpOn_SendsNothing()
    {
        var outbox = Outbox();

        await outbox.SendAsync(connector.ServiceUrl, "a:gave-up", "in-1", [Reply("too late")], InTurnDeadline(), new CancellationToken(canceled: true));

        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Empty(connector.Attempts);
    }

    [Fact]
    public async Task UnavailableThreeTimes_ThenAccepted_IsDeliveredOnce()
    {
        var outbox = Outbox();
        connector.Script("a:flaky", 503, 503, 503);

        Assert.True(outbox.TryEnqueue(connector.ServiceUrl, "a:flaky", [Reply("eventually")]));

        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Equal(["eventually"], connector.Delivered);
        Assert.Equal([503, 503, 503, 201], connector.Attempts.Select(a => a.Status));
        // Backoff doubles between attempts (1 s, 2 s, 4 s, each with +-20% jitter).
        Assert.Equal(3, clock.Waits.Count);
        Assert.True(clock.Waits.Zip(clock.Waits.Skip(1)).All(w => w.Second > w.First));
    }

    [Fact]
    public async Task OutOfAttempts_TheReplyIsGivenUp()
    {
        var outbox = Outbox(new OutboxOptions { MaxAttempts = 3 });
        connector.Script("a:down", 503, 503, 503, 503, 503);

        Assert.True(outbox.TryEnqueue(connector.ServiceUrl, "a:down", [Reply("lost")]));

        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Equal(3, connector.Attempts.Count);
        Assert.Empty(connector.Delivered);
    }

    [Fact]
    public async Task RetryAfterPastTheBudget_IsNotWaitedFor()
    {
        var outbox = Outbox(new OutboxOptions { BudgetSeconds = 20 });
        connector.Script("a:slow", 429);

        Assert.True(outbox.TryEnqueue(connector.ServiceUrl, "a:slow", [Reply("too late")]));

        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Single(connector.Attempts);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task WhenFull_NewRepliesAreRefused_AndTheQueuedOnesStillArrive()
    {
        var outbox = Outbox(new OutboxOptions { Capacity = 2 });
        connector.HoldFrom(1);

        Assert.True(outbox.TryEnqueue(connector.ServiceUrl, "a:full", [Reply("one"), Reply("two")]));
        Assert.False(outbox.TryEnqueue(connector.ServiceUrl, "a:other", [Reply("three")]));
        connector.Release();

        Assert.True(await outbox.FlushAsync(Patience));
        Assert.Equal(["one", "two"], connector.Delivered);
    }

    [Theory]
    [InlineData("MaxAttempts", "0")]
    [InlineData("Capacity", "lots")]
    public async Task BadOutboxSetting_NamesTheKey(string key, string value)
    {
        var (exitCode, error) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Knowledge__IndexPath"] = Path.Combine(TempFolders.Create("sb-outbox-"), "index.db"),
            [$"Connector__Outbox__{key}"] = value,
        });

        Assert.Equal(1, exitCode);
        Assert.Contains($"Connector:Outbox:{key}", error);
    }

    private ReplyOutbox Outbox(OutboxOptions? options = null)
    {
        var client = new ConnectorClient(new HttpClient(), new ServiceUrlTrust([], trustLoopback: true), NullLogger<ConnectorClient>.Instance, clock);
        return new ReplyOutbox(() => client, options ?? new OutboxOptions(), clock, NullLogger<ReplyOutbox>.Instance);
    }

    private DateTimeOffset InTurnDeadline() => clock.GetUtcNow() + RetryPolicy.InTurnBudget;

    private static Activity Reply(string text) => new() { Type = "message", Text = text, ReplyToId = "in-1" };
}
