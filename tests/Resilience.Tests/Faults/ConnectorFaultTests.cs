using System.Net;
using StakeholderBot.Bot.Tests;
using StakeholderBot.Resilience.Tests.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Bot.Connector;
using Microsoft.Extensions.Logging;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Faults;

// Replies in the default delivery mode go to the connector, which throttles (429 + Retry-After) and fails
// (412, 502, 503, 504): every reply must arrive exactly once, after the wait the connector asked for. What the
// turn's budget cannot cover (five 503s in a row at the default backoff) is finished by the reply outbox after
// the turn has answered; those tests run on the test clock, so the outbox's waits take no real time.
public sealed class ConnectorFaultTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly int[][] Scripts =
    [
        [429], [429, 429], [503], [502, 504], [412], [429, 503, 502], [504, 429], [], [503, 503, 503, 503, 503], [429, 412, 504],
    ];

    [Fact]
    public async Task ThrottledAndFailingSends_AreRetried_AndEveryReplyArrivesOnce()
    {
        await using var connector = await FlakyConnector.StartAsync();
        // A short first backoff keeps even five 503s in a row inside the turn; Retry-After is still waited in full.
        await using var bot = new BotApp(ResilienceSettings.For(azurite.ConnectionString, ("Connector:Outbox:FirstBackoffMs", "200")));
        var turns = Enumerable.Range(0, 30).Select(i =>
        {
            var conversation = $"a:flaky-{i}";
            connector.Script(conversation, Scripts[i % Scripts.Length]);
            var activity = Fixtures.Message("help", conversationId: conversation);
            activity["serviceUrl"] = connector.ServiceUrl;
            return activity;
        }).ToList();

        var statuses = await Task.WhenAll(turns.Select(async t => { using var r = await bot.PostAsync(t); return r.StatusCode; }));
        Assert.True(await bot.Services.GetRequiredService<ReplyOutbox>().FlushAsync(TimeSpan.FromMinutes(2)));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var accepted = connector.Accepted.GroupBy(a => (string?)a["replyToId"]).ToDictionary(g => g.Key ?? "", g => g.Count());
        Assert.All(turns, t => Assert.Equal(1, accepted.GetValueOrDefault((string)t["id"]!)));
        Assert.Equal(turns.Count + Scripts.Sum(s => s.Length) * 3, connector.Attempts.Count);
        // Each retry after a 429 waited at least the Retry-After the connector gave.
        foreach (var conversation in connector.Attempts.GroupBy(a => a.ConversationId))
        {
            var attempts = conversation.OrderBy(a => a.At).ToList();
            for (var i = 1; i < attempts.Count; i++)
                if (attempts[i - 1].Status == 429)
                    Assert.True(attempts[i].At - attempts[i - 1].At >= TimeSpan.FromSeconds(connector.RetryAfterSeconds * 0.9),
                        $"{conversation.Key}: retried {(attempts[i].At - attempts[i - 1].At).TotalMilliseconds:F0} ms after a 429");
        }
    }

    [Fact]
    public async Task ConnectorDownLongerThanTheTurn_TheTurnIsAnswered_AndTheOutboxDeliversTheReplyOnce()
    {
        await using var connector = await FlakyConnector.StartAsync();
        var logs = new LogRecorder();
        await using var bot = Bot(logs);
        connector.Script("a:down", 503, 503, 503, 503, 503);
        var activity = Activity("a:down", connector);

        using var response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await bot.Services.GetRequiredService<ReplyOutbox>().FlushAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal((string)activity["id"]!, (string?)Assert.Single(connector.Accepted)["replyToId"]);
        // Four attempts in the turn (waits of 1, 2 and 4 s; the next 8 s would pass its 11 s), then one more 503
        // and the one accepted.
        Assert.Equal(6, connector.Attempts.Count);
        Assert.Contains(logs.Lines, l => l.Message.Contains((string)activity["id"]!) && l.Message.Contains("deferred to the outbox"));
    }

    [Fact]
    public async Task ConnectorDownBeyondTheOutboxRetries_TheTurnIsStillAnswered_AndTheLossIsLoggedWithTheActivityId()
    {
        await using var connector = await FlakyConnector.StartAsync();
        var logs = new LogRecorder();
        await using var bot = Bot(logs, ("Connector:Outbox:MaxAttempts", "6"));
        connector.Script("a:gone", Enumerable.Repeat(503, 10).ToArray());
        var activity = Activity("a:gone", connector);

        using var response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await bot.Services.GetRequiredService<ReplyOutbox>().FlushAsync(TimeSpan.FromMinutes(1)));
        Assert.Empty(connector.Accepted);
        // Four in the turn, two after it: six attempts in all, as configured.
        Assert.Equal(6, connector.Attempts.Count);
        Assert.Contains(logs.Lines, l => l.Message.Contains((string)activity["id"]!) && l.Message.Contains("is lost"));
    }

    private WebApplicationFactory<Program> Bot(LogRecorder logs, params (string Key, string? Value)[] settings) =>
        new BotApp(ResilienceSettings.For(azurite.ConnectionString, [("Logging:LogLevel:StakeholderBot", "Information"), .. settings]))
            .WithWebHostBuilder(b => b
                .ConfigureLogging(l => l.AddProvider(logs))
                .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new TestClock(DateTimeOffset.UtcNow))));

    private static System.Text.Json.Nodes.JsonObject Activity(string conversationId, FlakyConnector connector)
    {
        var activity = Fixtures.Message("help", conversationId: conversationId);
        activity["serviceUrl"] = connector.ServiceUrl;
        return activity;
    }
}
