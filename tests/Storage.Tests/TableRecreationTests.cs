using Azure.Data.Tables;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.State;
using StakeholderBot.Storage.Surveys;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// A table the bot created can disappear under it; the next call makes it again instead of failing until a restart.
[Collection(AzuriteCollection.Name)]
public sealed class TableRecreationTests(AzuriteFixture azurite) : IAsyncDisposable
{
    private static readonly ConversationStateKey Key = new("19:conv", "user-1", "survey");
    private readonly FaultProxy _proxy = new(azurite.TableEndpoint);
    private StoreHost? _host;

    private StoreHost Host => _host ??= new StoreHost(_proxy.ConnectionString(AzuriteFixture.AccountKey), StoreHost.NewPrefix());

    public async ValueTask DisposeAsync()
    {
        _host?.Dispose();
        await _proxy.DisposeAsync();
    }

    [Fact]
    public async Task TableDeleted_TheNextSaveMakesItAgain_AndTheDataIsThere()
    {
        await Host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");
        await Host.Client.GetTableClient(Host.Tables.NameOf(StateTable)).DeleteAsync();

        var lost = await Host.State.GetAsync<SurveyProgress>(Key);
        _proxy.ResetCount();
        var saved = await Host.State.SaveAsync(Key, new SurveyProgress(2, new() { ["q2"] = "kept" }), null, "a2");
        var saveRequests = _proxy.Requests;

        Assert.Null(lost);
        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.Equal(3, saveRequests); // the $batch, the table's creation, the $batch again
        var read = await Host.State.GetAsync<SurveyProgress>(Key);
        Assert.Equal("kept", read!.State.Answers["q2"]);
        Assert.Equal(saved.ETag, read.ETag);
    }

    // A replay-marker sweep (which a save may start in the background) finds the table gone and leaves it gone: if it
    // made the table again, the next save would find it there (one request, not three) and an operator's delete would be
    // undone behind their back.
    [Fact]
    public async Task TableDeleted_AMarkerSweepLeavesItGone_TheNextSaveMakesItAgain()
    {
        await Host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");
        await Host.Client.DeleteTableAsync(Host.Tables.NameOf(StateTable));

        var removed = await Host.State.RemoveExpiredMarkersAsync(Key.ConversationId);
        var stateTable = TableClient.CreateQueryFilter($"TableName eq {Host.Tables.NameOf(StateTable)}");
        var existsAfterSweep = await Host.Client.QueryAsync(stateTable).AnyAsync();
        _proxy.ResetCount();
        var saved = await Host.State.SaveAsync(Key, new SurveyProgress(2, []), null, "a2");

        Assert.Equal(0, removed);
        Assert.False(existsAfterSweep);
        Assert.Equal(3, _proxy.Requests);
        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
    }

    [Fact]
    public async Task MissingEntity_IsNotMistakenForAMissingTable()
    {
        var saved = await Host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");
        await Host.State.DeleteAsync(Key);
        _proxy.ResetCount();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Host.State.SaveAsync(Key, new SurveyProgress(2, []), saved.ETag, "a2"));

        Assert.Equal(1, _proxy.Requests);
    }

    [Fact]
    public async Task TableNotFoundForTheWholeBatch_IsRetriedOnceAfterCreatingTheTable()
    {
        await Host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");
        var current = await Host.State.GetAsync<SurveyProgress>(Key);
        _proxy.FailNext(404, "TableNotFound");

        var saved = await Host.State.SaveAsync(Key, new SurveyProgress(2, []), current!.ETag, "a2");

        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.Equal(2, (await Host.State.GetAsync<SurveyProgress>(Key))!.State.Page);
    }

    [Fact]
    public async Task TableStillMissingAfterTheRetry_IsStoreUnavailable_AndALaterSaveWorks()
    {
        await Host.State.GetAsync<SurveyProgress>(Key);
        _proxy.ResetCount();
        _proxy.FailNext(404, "TableNotFound", times: 2);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => Host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1"));
        var requests = _proxy.Requests;
        var saved = await Host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");

        Assert.Equal(2, requests); // the $batch and one attempt to create the table: no loop
        Assert.Contains("TableNotFound", error.Message);
        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
    }

    // Azure refuses a new table under a name it is still deleting (Azurite deletes at once): an outage of the table, and
    // the refused creation is not remembered as a table made (CreateIfNotExistsAsync takes only TableAlreadyExists as "there").
    [Fact]
    public async Task TableStillBeingDeleted_IsStoreUnavailable_AndTheTableIsNotTakenAsMade()
    {
        _proxy.FailNext(409, "TableBeingDeleted");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => Host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1"));
        var requests = _proxy.Requests;
        _proxy.ResetCount();
        var saved = await Host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");

        Assert.Contains("TableBeingDeleted", error.Message);
        Assert.Equal(1, requests); // the refused creation; no write was sent to a table that is not there
        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.Equal(2, _proxy.Requests); // the creation, the $batch
    }

    [Fact]
    public async Task OtherStores_WriteAgainAfterTheirTableWasDeleted()
    {
        var references = new ConversationReferenceStore(Host.Tables);
        var responses = new SurveyResponseStore(Host.Tables);
        await references.SaveAsync(new ConversationReference("19:conv", "https://smba.example/emea/", "t1", "bot", "personal"));
        await responses.AddAsync(Response("r1"));
        foreach (var name in new[] { ConversationReferenceStore.TableName, SurveyResponseStore.Table })
            await Host.Client.GetTableClient(Host.Tables.NameOf(name)).DeleteAsync();

        await references.SaveAsync(new ConversationReference("19:conv", "https://smba.example/amer/", "t1", "bot", "personal"));
        var stored = await responses.AddAsync(Response("r2"));

        Assert.Equal("https://smba.example/amer/", (await references.GetAsync("19:conv", "https://smba.example/amer/"))!.ServiceUrl);
        Assert.True(stored);
        Assert.Equal(["r2"], (await responses.ListAsync("export-readiness")).Select(r => r.ResponseId));
    }

    private const string StateTable = "ConversationState";

    private static SurveyResponse Response(string id) => new("export-readiness", "Lombardy", id, 1, "user-1", "en",
        new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), 12, "ready", new Dictionary<string, object> { ["q1"] = "yes" });
}
