using System.Text.Json.Nodes;
using StakeholderBot.Bot.Tests;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Faults;

// Two bot instances (two hosts) on one Azurite, as behind Azure Bot Service: turns of one conversation land on
// either, and only the ETag-checked state decides who wins a race.
public sealed class TwoInstanceTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private BotApp first = null!;
    private BotApp second = null!;

    public Task InitializeAsync()
    {
        var prefix = "two" + Guid.NewGuid().ToString("N")[..8];
        first = new BotApp(ResilienceSettings.For(azurite.ConnectionString, ("Storage:TablePrefix", prefix)));
        second = new BotApp(ResilienceSettings.For(azurite.ConnectionString, ("Storage:TablePrefix", prefix)));
        return Task.CompletedTask;
    }

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
            var replies = await Task.WhenAll(first.AskAsync(install), second.AskAsync(added));
            return replies.Sum(r => r.Count);
        }));

        Assert.All(welcomes, count => Assert.Equal(1, count));
    }
}
