using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using StakeholderBot.Bot.Tests;
using StakeholderBot.Resilience.Tests.Auth;
using StakeholderBot.Resilience.Tests.Storage;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Faults;

// Two bot instances (two hosts) on one Azurite, as behind Azure Bot Service: turns of one conversation land on
// either, and only the ETag-checked state decides who wins a race.
public sealed class TwoInstanceTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly LogRecorder logs = new();
    private string prefix = "";
    private WebApplicationFactory<Program> first = null!;
    private WebApplicationFactory<Program> second = null!;

    public Task InitializeAsync()
    {
        prefix = "two" + Guid.NewGuid().ToString("N")[..8];
        first = Instance();
        second = Instance();
        return Task.CompletedTask;
    }

    // Both instances share one table prefix, one pseudonym key and one log.
    private WebApplicationFactory<Program> Instance() =>
        new BotApp(ResilienceSettings.For(azurite.ConnectionString, ("Storage:TablePrefix", prefix),
                ("Surveys:PseudonymKey", "two-instances-pseudonym-key-0123456789"), ("Logging:LogLevel:StakeholderBot", "Information")))
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

    private async Task<Dictionary<string, List<TableEntity>>> StoredAsync() =>
        (await StoredData.ReadAllAsync(azurite)).Where(t => t.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(t => t.Key[prefix.Length..], t => t.Value);

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task InstallAnnouncedToBothInstancesAtOnce_IsWelcomedOnce()
    {
        var conversations = Enumerable.Range(0, 16).Select(i => $"a:install-{i}").ToList();

        var welcomes = await Task.WhenAll(conversations.Select(async conversation =>
        {
            var install = Fixtures.Load("installation-update-add");
            var added = Fixtures.Load("conversation-update-bot-added");
            foreach (var activity in new[] { install, added })
            {
                activity["conversation"]!["id"] = conversation;
                activity["id"] = Guid.NewGuid().ToString("N");
            }
            var replies = await Task.WhenAll(first.AskActivityAsync(install), second.AskActivityAsync(added));
            return replies.Sum(r => r.Count);
        }));

        Assert.All(welcomes, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task SurveyTurnsAlternatingBetweenInstances_ContinuePageByPage_AndStoreEachResponseOnce()
    {
        var walkers = Enumerable.Range(0, 8).Select(i => new SurveyWalker($"a:alternate-{i}", Guid.NewGuid().ToString())).ToList();

        await Task.WhenAll(walkers.Select(async (walker, i) =>
        {
            await walker.StartAsync(i % 2 == 0 ? first : second);
            for (var step = 1; step < 20 && !walker.Submitted; step++)
            {
                var before = SurveyWalker.Page(walker.Card!);
                await walker.ForwardAsync((i + step) % 2 == 0 ? first : second);
                if (!walker.Submitted) Assert.True(int.Parse(SurveyWalker.Page(walker.Card!)!) > int.Parse(before!), $"{walker.Conversation} did not move on from page {before}");
            }
        }));

        Assert.All(walkers, w => Assert.True(w.Submitted));
        var responses = (await StoredAsync()).GetValueOrDefault("SurveyResponses") ?? [];
        Assert.Equal(walkers.Count, responses.Count);
        Assert.All(walkers, w => Assert.Single(responses, r => r.GetString("target_markets") == $"typed by {w.Conversation}"));
    }

    [Fact]
    public async Task OnePressDeliveredToBothInstancesAtOnce_IsAppliedOnce()
    {
        var walkers = Enumerable.Range(0, 8).Select(i => new SurveyWalker($"a:redelivered-{i}", Guid.NewGuid().ToString())).ToList();
        foreach (var walker in walkers) await walker.StartAsync(first);

        // A Teams retry: the same activity (same id) reaches both instances at the same moment.
        var bodies = await Task.WhenAll(walkers.Select(w => w.PressTwiceAsync(first, second, sameActivity: true)));

        Assert.All(bodies.SelectMany(b => b), b => Assert.NotNull(b["value"] as JsonObject));
        var states = (await StoredAsync())["ConversationState"].Where(e => e.GetString("Flow") == "survey" && e.RowKey.StartsWith("state")).ToList();
        Assert.Equal(walkers.Count, states.Count);
        var markers = (await StoredAsync())["ConversationState"].Count(e => e.GetString("Flow") == "survey" && e.RowKey.StartsWith("applied"));
        Assert.Equal(walkers.Count, markers); // one write per delivered activity, not two
        foreach (var walker in walkers) Assert.Equal("1", SurveyWalker.Page(await walker.StartAsync(second))); // one step on, not two
    }

    [Fact]
    public async Task APressOverwrittenUnderneath_IsDetectedByETag_AndTheSurveyMovesOnOnce()
    {
        // The second instance talks to Azurite through a gate that can hold its write back.
        await using var gate = await GateProxy.StartAsync($"http://127.0.0.1:{azurite.Port}");
        await using var gated = new BotApp(ResilienceSettings.For(gate.ConnectionString(AzuriteFixture.AccountName, AzuriteFixture.AccountKey),
                ("Storage:TablePrefix", prefix), ("Surveys:PseudonymKey", "two-instances-pseudonym-key-0123456789"),
                ("Logging:LogLevel:StakeholderBot", "Information")))
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var walker = new SurveyWalker("a:race", Guid.NewGuid().ToString());
        await walker.StartAsync(first);
        var card = walker.Card!;

        // Instance B reads the progress and is held at its write; instance A answers the same page meanwhile.
        gate.HoldNextWrite();
        var late = walker.ForwardAsync(gated);
        // (Limits only so a broken gate fails the test instead of hanging it.)
        if (await Task.WhenAny(gate.HeldAsync, late).WaitAsync(TimeSpan.FromSeconds(60)) == late) await late;
        await new SurveyWalker("a:race", walker.UserAad).WithCard(card).ForwardAsync(first).WaitAsync(TimeSpan.FromSeconds(60));
        gate.Release();
        await late.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(logs.Lines.Any(l => l.Message.Contains("Survey progress changed under activity")), string.Join("\n", logs.Lines.Select(l => l.Message)));
        Assert.Equal("1", SurveyWalker.Page(walker.Card!));
        Assert.Equal("1", SurveyWalker.Page(await walker.StartAsync(second)));
        Assert.Empty(await StoredDataRules.CheckAsync(azurite));
    }
}
