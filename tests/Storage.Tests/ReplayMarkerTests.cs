using Azure.Data.Tables;
using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ReplayMarkerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = StoreHost.NewPrefix();
    private readonly StoreHost _host;
    private readonly TestClock _clock = new(Start);

    public ReplayMarkerTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _host = new(azurite.ConnectionString, _prefix);
    }

    private readonly AzuriteFixture _azurite;

    public void Dispose() => _host.Dispose();

    private ConversationStateStore Store(int sweepOneIn = 0) =>
        new(_host.Tables, _clock, new ReplayMarkerRetention(TimeSpan.FromHours(24), sweepOneIn));

    private static ConversationStateKey Key(string conversation = "19:conv") => new(conversation, "user-1", "survey");

    [Fact]
    public async Task ReplayWithinTheRetention_IsStillAlreadyApplied_AfterASweep()
    {
        var store = Store();
        await store.SaveAsync(Key(), new SurveyProgress(1, []), null, "a1");

        _clock.Advance(TimeSpan.FromHours(23));
        var removed = await store.RemoveExpiredMarkersAsync(Key().ConversationId);
        var replay = await store.SaveAsync(Key(), new SurveyProgress(1, []), null, "a1");

        Assert.Equal(0, removed);
        Assert.Equal(SaveOutcome.AlreadyApplied, replay.Outcome);
    }

    [Fact]
    public async Task MarkersOlderThanTheRetention_AreRemoved_TheStateAndNewerMarkersStay()
    {
        var store = Store();
        var first = await store.SaveAsync(Key(), new SurveyProgress(1, []), null, "a1");
        var second = await store.SaveAsync(Key(), new SurveyProgress(2, []), first.ETag, "a2");
        await store.SaveAsync(Key("19:other"), new SurveyProgress(1, []), null, "b1");
        _clock.Advance(TimeSpan.FromHours(25));
        var third = await store.SaveAsync(Key(), new SurveyProgress(3, []), second.ETag, "a3");

        var removed = await store.RemoveExpiredMarkersAsync(Key().ConversationId);

        Assert.Equal(2, removed);
        Assert.Equal(["a3"], await MarkersAsync(Key()));
        Assert.Equal(["b1"], await MarkersAsync(Key("19:other")));
        var state = await store.GetAsync<SurveyProgress>(Key());
        Assert.Equal(3, state!.State.Page);
        Assert.Equal(third.ETag, state.ETag);
        Assert.True((await store.SaveAsync(Key(), new SurveyProgress(9, []), third.ETag, "a3")).AlreadyApplied);
    }

    [Fact]
    public async Task Saves_RemoveTheirConversationsExpiredMarkers_InTheBackground()
    {
        var store = Store(sweepOneIn: 1);
        var first = await store.SaveAsync(Key(), new SurveyProgress(1, []), null, "a1");
        _clock.Advance(TimeSpan.FromHours(25));

        await store.SaveAsync(Key(), new SurveyProgress(2, []), first.ETag, "a2");

        // The sweep runs after the save returned; wait for it, failing if it never happens.
        for (var i = 0; i < 200 && (await MarkersAsync(Key())).Count > 1; i++) await Task.Delay(50);
        Assert.Equal(["a2"], await MarkersAsync(Key()));
        Assert.Equal(2, (await store.GetAsync<SurveyProgress>(Key()))!.State.Page);
    }

    [Fact]
    public async Task TwoInstancesSweepingAtOnce_RemoveEveryExpiredMarkerOnce()
    {
        var store = Store();
        var etag = (await store.SaveAsync(Key(), new SurveyProgress(0, []), null, "a0")).ETag;
        for (var i = 1; i < 130; i++) etag = (await store.SaveAsync(Key(), new SurveyProgress(i, []), etag, "a" + i)).ETag;
        _clock.Advance(TimeSpan.FromDays(2));
        using var other = new StoreHost(_azurite.ConnectionString, _prefix);
        var otherStore = new ConversationStateStore(other.Tables, _clock, new ReplayMarkerRetention(TimeSpan.FromHours(24), 0));

        var removed = await Task.WhenAll(store.RemoveExpiredMarkersAsync(Key().ConversationId), otherStore.RemoveExpiredMarkersAsync(Key().ConversationId));

        Assert.Equal(130, removed.Sum());
        Assert.Empty(await MarkersAsync(Key()));
        Assert.Equal(129, (await store.GetAsync<SurveyProgress>(Key()))!.State.Page);
    }

    private async Task<List<string?>> MarkersAsync(ConversationStateKey key)
    {
        var table = _host.Client.GetTableClient(_host.Tables.NameOf("ConversationState"));
        var partition = TableKey.Encode(key.ConversationId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"applied~~"} and RowKey lt {"appliee"}");
        return (await table.QueryAsync<ReplayMarker>(filter).ToListAsync()).Select(m => (string?)m.ActivityId).Order().ToList();
    }
}
