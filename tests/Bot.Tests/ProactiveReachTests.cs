using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Bot.Connector;
using StakeholderBot.Dialogs;
using StakeholderBot.Dialogs.Proactive;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.Proactive;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.ReminderHost;

namespace StakeholderBot.Bot.Tests;

// Where scheduled messages go and that they all get there: many at once through a connector that throttles the bot,
// the service URL a conversation was last seen through, and one only a connector token vouched for, after a restart.
public sealed class ProactiveReachTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset RomeEight = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);
    private readonly string prefix = "p" + Guid.NewGuid().ToString("N")[..8];
    private ScriptedConnector connector = null!;

    public async Task InitializeAsync() => connector = await ScriptedConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task FortyManagersAtOnce_ThroughAConnectorThatThrottlesTheBot_EachGetExactlyOneReminder_AfterTheirWaits()
    {
        var managers = Enumerable.Range(1, 40).Select(i => $"{i:x8}-1c2d-4e3f-8a9b-0c1d2e3f4a5b").ToList();
        await using var host = new ReminderHost(azurite.ConnectionString, prefix, new StoppedClock(RomeEight.AddHours(-1)), connector,
            new Dictionary<string, string?> { ["Access:ProjectManagers"] = string.Join(",", managers) });
        foreach (var manager in managers)
        {
            await host.MeetAsync(manager);
            await host.LogAsync(manager, new(2026, 11, 20), ($"Send the minutes of {manager}", Today.AddDays(1)));
        }
        host.Clock.SetUtcNow(RomeEight);
        connector.Throttle(perSecond: 3, host.Clock);

        // The clock moves on only while a throttled send waits for its turn, so the first sends all fall in one second.
        var run = host.RunAsync();
        while (!run.IsCompleted)
        {
            if (connector.Waiting > 0) host.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(run, Task.Delay(20));
        }

        Assert.Equal(40, await run);
        Assert.Contains(connector.Attempts, a => a.Status == 429);
        foreach (var manager in managers)
        {
            // Per conversation: throttled attempts, then the one delivery, and nothing after it.
            var attempts = connector.Attempts.Where(a => a.ConversationId == ChatOf(manager)).ToList();
            Assert.Equal(201, attempts[^1].Status);
            Assert.All(attempts[..^1], a => Assert.Equal(429, a.Status));
            Assert.Contains($"Send the minutes of {manager}", attempts[^1].Activity!.ToJsonString());
        }
        Assert.Equal(40, connector.Delivered.Count);
        Assert.Equal(0, await host.RunAsync());
    }

    [Fact]
    public async Task AChatSeenThroughTwoServiceUrls_IsRemindedThroughTheOneItWasLastSeenThrough()
    {
        await using var other = await ScriptedConnector.StartAsync();
        // The one seen last is not the first row of the chat's references (they are in service URL order).
        var (older, newer) = string.CompareOrdinal(ConversationReferenceStore.RowKeyOf(connector.ServiceUrl),
            ConversationReferenceStore.RowKeyOf(other.ServiceUrl)) < 0 ? (connector, other) : (other, connector);
        await using var host = new ReminderHost(azurite.ConnectionString, prefix, new StoppedClock(RomeEight.AddHours(-1)), connector);
        var references = host.Service<ConversationReferenceStore>();
        await host.SayAsync(ManagerA, "help", serviceUrl: older.ServiceUrl);
        await MeetingHost.EventuallyAsync(async () => (await references.ListAsync(ChatOf(ManagerA))).Count == 1, "the first reference is stored");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.SayAsync(ManagerA, "help", serviceUrl: newer.ServiceUrl);
        await MeetingHost.EventuallyAsync(async () => (await references.ListAsync(ChatOf(ManagerA))).Count == 2, "the second reference is stored");
        await host.LogAsync(ManagerA, new(2026, 11, 20), ("Send the minutes", Today.AddDays(1)));

        host.Clock.SetUtcNow(RomeEight);
        Assert.Equal(1, await host.RunAsync());

        Assert.Equal(ChatOf(ManagerA), Assert.Single(newer.Attempts).ConversationId);
        Assert.Empty(older.Attempts);
    }

    [Fact]
    public async Task AServiceUrlOnlyAConnectorTokenVouchedFor_IsStillReachedAfterARestart_BeforeTheUserWritesAgain()
    {
        const string appId = "6b2f0c1e-3d4a-4b5c-9d8e-7f6a5b4c3d2e";
        const string tenantId = "4c1b7a9e-2d3f-4e5a-8b6c-7d8e9f0a1b2c";
        await using var openId = await LocalOpenId.StartAsync();
        var settings = openId.BotSettings("SingleTenant", appId, tenantId);
        settings["Storage:ConnectionString"] = azurite.ConnectionString;
        settings["Storage:TablePrefix"] = prefix;
        settings["Access:ProjectManagers"] = ManagerA;
        settings["Reminders:Run"] = "false";
        // In production a loopback connector is trusted only when a token names it.
        WebApplicationFactory<Program> Instance() => new BotApp(settings).WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .ConfigureTestServices(s => s.AddSingleton<IConnectorTokenProvider>(new FixedToken())));
        var chat = ChatOf(ManagerA);
        var unvouched = "http://127.0.0.1:9/";

        await using (var first = Instance())
        {
            var activity = Fixtures.Message("help", userAad: ManagerA, conversationId: chat);
            activity["serviceUrl"] = connector.ServiceUrl;
            activity["deliveryMode"] = "expectReplies";
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", openId.Tokens.Create(LocalOpenId.Connector, appId, connector.ServiceUrl));
            using var response = await first.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var references = first.Services.GetRequiredService<ConversationReferenceStore>();
            await MeetingHost.EventuallyAsync(async () => (await references.ListAsync(chat)).Count == 1, "the chat's reference is stored");
            // A reference nobody vouched for, as if written by something else: never used.
            await references.SaveAsync(new ConversationReference("a:not-vouched", unvouched, tenantId, BotId, "personal"));
        }

        await using var restarted = Instance();
        var sender = restarted.Services.GetRequiredService<IProactiveSender>();
        var delivered = await sender.SendAsync(chat, Reply.FromText("Your action items are due"), default);
        var refused = await sender.SendAsync("a:not-vouched", Reply.FromText("Not sent"), default);

        Assert.Equal(ProactiveResult.Delivered, delivered);
        Assert.Equal(ProactiveResult.Unreachable, refused);
        Assert.Equal("Your action items are due", Assert.Single(connector.Delivered));
    }

    private sealed class FixedToken : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("the-bots-token");
    }
}
