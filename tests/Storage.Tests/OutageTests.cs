using StakeholderBot.Storage.State;
using StakeholderBot.Storage.Surveys;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// Its own Azurite, stopped and restarted on the same port; data lives on disk so it survives the restart.
public sealed class OutageTests(PersistentAzuriteFixture azurite) : IClassFixture<PersistentAzuriteFixture>, IAsyncLifetime
{
    private static readonly ConversationStateKey Key = new("conv", "user", "survey");

    public Task InitializeAsync() => azurite.StartAsync();

    public Task DisposeAsync() => azurite.StartAsync();

    [Fact]
    public async Task StorageDown_ReadsAndWritesThrowStoreUnavailable_ThenRecoverAfterRestart()
    {
        using var host = new StoreHost(azurite.ConnectionString, StoreHost.NewPrefix());
        var saved = await host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");
        var responses = new SurveyResponseStore(host.Tables);

        await azurite.StopAsync();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => responses.ListAsync("export-readiness"));
        var readError = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.State.GetAsync<SurveyProgress>(Key));
        var pending = new SurveyProgress(2, new() { ["q2"] = "typed while storage was down" });
        await Assert.ThrowsAsync<StoreUnavailableException>(() => host.State.SaveAsync(Key, pending, saved.ETag, "a2"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => host.State.DeleteAsync(Key));

        await azurite.StartAsync();
        var afterRestart = await host.State.GetAsync<SurveyProgress>(Key);
        var retried = await host.State.SaveAsync(Key, pending, afterRestart!.ETag, "a2");

        Assert.Contains("unavailable", readError.Message);
        Assert.Equal(1, afterRestart.State.Page);
        Assert.Equal(SaveOutcome.Saved, retried.Outcome);
        Assert.Equal("typed while storage was down", (await host.State.GetAsync<SurveyProgress>(Key))!.State.Answers["q2"]);
    }

    [Fact]
    public async Task BotStartsWhileStorageIsDown_TableIsCreatedOnceStorageIsBack()
    {
        await azurite.StopAsync();
        using var host = new StoreHost(azurite.ConnectionString, StoreHost.NewPrefix());

        await Assert.ThrowsAsync<StoreUnavailableException>(() => host.State.GetAsync<SurveyProgress>(Key));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => new SurveyResponseStore(host.Tables).ListAsync("export-readiness"));

        await azurite.StartAsync();
        Assert.Null(await host.State.GetAsync<SurveyProgress>(Key));
        var saved = await host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");
        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
    }
}
