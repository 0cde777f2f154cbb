using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ConversationStateStoreTests(AzuriteFixture azurite) : IDisposable
{
    private readonly StoreHost _host = new(azurite.ConnectionString, StoreHost.NewPrefix());
    private static readonly ConversationStateKey Key = new("19:conv/with#odd?chars", "user-1", "survey");

    private static SurveyProgress Progress(int page, string answer = "yes") => new(page, new() { ["q" + page] = answer });

    public void Dispose() => _host.Dispose();

    // A whole-conversation state an instance keeps in memory: the erase of the personal chat replaces it with a mark,
    // a write of a copy read before fails, the copy's erase generation tells it apart from a newer write, and the mark
    // is removed after a day.
    [Fact]
    public async Task ErasingAPersonalChat_MarksItsInMemoryState_SoACopyReadBeforeCannotBeWrittenBack()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
        var store = new ConversationStateStore(_host.Tables, clock);
        store.KeepsInMemory("ask");
        var key = new ConversationStateKey("a:personal-" + Guid.NewGuid().ToString("N")[..8], ConversationStateKey.WholeConversation, "ask")
        {
            Respondent = "code-of-ana",
        };
        await store.SaveAsync(key, Progress(1, "a question"), null, "a1");
        var before = await store.ReadAsync<SurveyProgress>(key);

        var erased = await store.EraseRespondentAsync(new Privacy.RespondentIds("code-of-ana", "29:ana", key.ConversationId));

        Assert.Equal(1, erased);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(key, Progress(2), before.ETag, "a2", erasure: before.Erasure));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(key, Progress(2), null, "a3", erasure: before.Erasure));
        var after = await store.ReadAsync<SurveyProgress>(key);
        Assert.Null(after.State);
        Assert.NotEqual(before.Erasure, after.Erasure);
        Assert.Null(await store.GetAsync<SurveyProgress>(key));

        // Written over the mark, the state carries the erase's generation on.
        await store.SaveAsync(key, Progress(3), after.ETag, "a4", erasure: after.Erasure);
        Assert.Equal(after.Erasure, (await store.ReadAsync<SurveyProgress>(key)).Erasure);
        await store.EraseRespondentAsync(new Privacy.RespondentIds("code-of-ana", "29:ana", key.ConversationId));
        clock.Advance(ConversationStateStore.ErasureMarksKept - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await store.RemoveErasureMarksAsync());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await store.RemoveErasureMarksAsync());
        Assert.Null((await store.ReadAsync<SurveyProgress>(key)).ETag);
    }

    [Fact]
    public async Task Get_NothingSaved_ReturnsNull()
    {
        Assert.Null(await _host.State.GetAsync<SurveyProgress>(Key));
    }

    [Fact]
    public async Task SaveThenGet_ReturnsTheStateAndItsETag()
    {
        var saved = await _host.State.SaveAsync(Key, Progress(1, "Zoë 'quoted' 😀"), expected: null, activityId: "a1");
        var read = await _host.State.GetAsync<SurveyProgress>(Key);

        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.NotNull(read);
        Assert.Equal(1, read.State.Page);
        Assert.Equal("Zoë 'quoted' 😀", read.State.Answers["q1"]);
        Assert.Equal(saved.ETag, read.ETag);
    }

    [Fact]
    public async Task Save_WithStaleETag_ThrowsConcurrencyConflictAndKeepsTheNewerState()
    {
        var first = await _host.State.SaveAsync(Key, Progress(1), null, "a1");
        await _host.State.SaveAsync(Key, Progress(2), first.ETag, "a2");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _host.State.SaveAsync(Key, Progress(9), first.ETag, "a3"));

        Assert.Equal(2, (await _host.State.GetAsync<SurveyProgress>(Key))!.State.Page);
    }

    [Fact]
    public async Task Save_AsNewWhenAStateAlreadyExists_ThrowsConcurrencyConflict()
    {
        await _host.State.SaveAsync(Key, Progress(1), null, "a1");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _host.State.SaveAsync(Key, Progress(1), null, "a2"));
    }

    [Fact]
    public async Task Save_ReplayOfTheSameActivity_IsAlreadyAppliedAndWritesNothing()
    {
        var first = await _host.State.SaveAsync(Key, Progress(1), null, "a1");
        var second = await _host.State.SaveAsync(Key, Progress(2), first.ETag, "a2");

        // Teams retries a2 after it was processed: the flow re-read the state and applies the input again.
        var replay = await _host.State.SaveAsync(Key, Progress(3), second.ETag, "a2");
        // An older retry, still carrying the old ETag.
        var lateReplay = await _host.State.SaveAsync(Key, Progress(2), first.ETag, "a1");

        Assert.Equal(SaveOutcome.AlreadyApplied, replay.Outcome);
        Assert.True(lateReplay.AlreadyApplied);
        Assert.Equal(second.ETag, replay.ETag);
        var stored = await _host.State.GetAsync<SurveyProgress>(Key);
        Assert.Equal(2, stored!.State.Page);
        Assert.Equal(second.ETag, stored.ETag);
    }

    [Fact]
    public async Task ConcurrentDoubleSubmit_OneWinsTheOtherGetsAConflict()
    {
        var start = await _host.State.SaveAsync(Key, Progress(1), null, "a1");

        var results = await Task.WhenAll(
            Outcome(() => _host.State.SaveAsync(Key, Progress(2, "left"), start.ETag, "left")),
            Outcome(() => _host.State.SaveAsync(Key, Progress(2, "right"), start.ETag, "right")));

        Assert.Equal(["conflict", "saved"], results.Order());
        var stored = (await _host.State.GetAsync<SurveyProgress>(Key))!.State.Answers["q2"];
        Assert.Equal(results[0] == "saved" ? "left" : "right", stored);
    }

    [Fact]
    public async Task ConcurrentRetryOfOneActivity_WritesOnce()
    {
        var start = await _host.State.SaveAsync(Key, Progress(1), null, "a1");

        var results = await Task.WhenAll(
            _host.State.SaveAsync(Key, Progress(2), start.ETag, "a2"),
            _host.State.SaveAsync(Key, Progress(2), start.ETag, "a2"));

        Assert.Equal([SaveOutcome.Saved, SaveOutcome.AlreadyApplied], results.Select(r => r.Outcome).Order());
        Assert.Equal(2, (await _host.State.GetAsync<SurveyProgress>(Key))!.State.Page);
    }

    [Fact]
    public async Task Delete_RemovesTheState_AndALateRetryDoesNotRecreateIt()
    {
        var saved = await _host.State.SaveAsync(Key, Progress(5), null, "final");
        await _host.State.DeleteAsync(Key, saved.ETag);

        var retry = await _host.State.SaveAsync(Key, Progress(5), null, "final");

        Assert.True(retry.AlreadyApplied);
        Assert.Null(await _host.State.GetAsync<SurveyProgress>(Key));
    }

    [Fact]
    public async Task Delete_WithStaleETag_ThrowsConcurrencyConflict()
    {
        var first = await _host.State.SaveAsync(Key, Progress(1), null, "a1");
        await _host.State.SaveAsync(Key, Progress(2), first.ETag, "a2");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _host.State.DeleteAsync(Key, first.ETag));
        Assert.NotNull(await _host.State.GetAsync<SurveyProgress>(Key));
    }

    [Fact]
    public async Task Keys_AreIsolatedPerConversationUserAndFlow_WhateverTheirText()
    {
        ConversationStateKey[] keys =
        [
            new("c", "u", "survey"), new("c", "u", "meeting"), new("c", "u2", "survey"), new("c2", "u", "survey"),
            new("c~~u", "x", "survey"), new("c", "u~~x", "survey"), new(new string('z', 2000) + "1", "u", "survey"),
            new(new string('z', 2000) + "2", "u", "survey"), new("a:b/c\\d#e?f\n", "Zoë 😀", "survey"),
        ];
        for (var i = 0; i < keys.Length; i++) await _host.State.SaveAsync(keys[i], Progress(i), null, "act");

        for (var i = 0; i < keys.Length; i++) Assert.Equal(i, (await _host.State.GetAsync<SurveyProgress>(keys[i]))!.State.Page);
    }

    [Fact]
    public async Task LargeState_IsSplitAcrossPropertiesAndReadBackWhole_TooLargeIsRejected()
    {
        var answers = Enumerable.Range(0, 40).ToDictionary(i => "q" + i, i => new string((char)('a' + i % 26), 5000));
        var large = new SurveyProgress(40, answers);
        var tooLarge = new SurveyProgress(0, new() { ["x"] = new string('x', 600_000) });

        await _host.State.SaveAsync(Key, large, null, "big");
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _host.State.SaveAsync(Key, tooLarge, null, "huge"));

        Assert.Equal(answers, (await _host.State.GetAsync<SurveyProgress>(Key))!.State.Answers);
        Assert.Contains("survey state", error.Message);
    }

    private static async Task<string> Outcome(Func<Task<SaveResult>> save)
    {
        try
        {
            return (await save()).Outcome == SaveOutcome.Saved ? "saved" : "replay";
        }
        catch (ConcurrencyConflictException)
        {
            return "conflict";
        }
    }
}
