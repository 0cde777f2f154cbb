using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// Two bot instances (separate containers, clients and table caches) sharing one Azurite.
[Collection(AzuriteCollection.Name)]
public sealed class TwoHostsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TwoHosts_ContinueOneConversation_AndDetectEachOthersWrites()
    {
        var prefix = StoreHost.NewPrefix();
        using var hostA = new StoreHost(azurite.ConnectionString, prefix);
        using var hostB = new StoreHost(azurite.ConnectionString, prefix);
        var key = new ConversationStateKey("conv-1", "user-1", "survey");

        // Turn 1 lands on A, turn 2 on B: B continues from A's state.
        var turn1 = await hostA.State.SaveAsync(key, new SurveyProgress(1, new() { ["q1"] = "a" }), null, "turn1");
        var onB = (await hostB.State.GetAsync<SurveyProgress>(key))!;
        Assert.Equal(1, onB.State.Page);
        var afterB = await hostB.State.SaveAsync(key, onB.State with { Page = 2 }, onB.ETag, "turn2");

        // A still holds turn 1's ETag: its write must not overwrite B's silently.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            hostA.State.SaveAsync(key, new SurveyProgress(7, []), turn1.ETag, "turn3"));

        // Reading again and retrying succeeds and builds on B's page.
        var fresh = (await hostA.State.GetAsync<SurveyProgress>(key))!;
        Assert.Equal(afterB.ETag, fresh.ETag);
        await hostA.State.SaveAsync(key, fresh.State with { Page = fresh.State.Page + 1 }, fresh.ETag, "turn3");
        Assert.Equal(3, (await hostB.State.GetAsync<SurveyProgress>(key))!.State.Page);
    }

    [Fact]
    public async Task TwoHosts_TeamsRetryToTheOtherHost_IsAlreadyApplied()
    {
        var prefix = StoreHost.NewPrefix();
        using var hostA = new StoreHost(azurite.ConnectionString, prefix);
        using var hostB = new StoreHost(azurite.ConnectionString, prefix);
        var key = new ConversationStateKey("conv-2", "user-1", "meeting");
        var first = await hostA.State.SaveAsync(key, new SurveyProgress(1, []), null, "turn1");

        await hostA.State.SaveAsync(key, new SurveyProgress(2, []), first.ETag, "turn2");
        var onB = (await hostB.State.GetAsync<SurveyProgress>(key))!;
        var retry = await hostB.State.SaveAsync(key, onB.State with { Page = onB.State.Page + 1 }, onB.ETag, "turn2");

        Assert.True(retry.AlreadyApplied);
        Assert.Equal(2, (await hostA.State.GetAsync<SurveyProgress>(key))!.State.Page);
    }
}
