using StakeholderBot.Storage.Meetings;
using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// Its own in-memory Azurite: a restart loses every table the running bot had created and remembered.
public sealed class AzuriteRestartTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly ConversationStateKey Key = new("19:conv", "user-1", "meeting");

    public Task InitializeAsync() => azurite.StartAsync();

    public Task DisposeAsync() => azurite.StartAsync();

    [Fact]
    public async Task InMemoryAzuriteRestarted_StateAndMeetingsAreSavedAgain_AndTheMeetingIsListedByPartner()
    {
        using var host = new StoreHost(azurite.ConnectionString, StoreHost.NewPrefix());
        var meetings = new MeetingStore(host.Tables, TimeProvider.System);
        await host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");
        await meetings.AddAsync(MeetingSamples.Meeting(), "pm-1", default);

        await azurite.StopAsync();
        await azurite.StartAsync();
        var state = await host.State.SaveAsync(Key, new SurveyProgress(2, []), null, "a2");
        var meeting = MeetingSamples.Meeting(date: new DateOnly(2021, 9, 20));
        var added = await meetings.AddAsync(meeting, "pm-1", default);

        Assert.Equal(SaveOutcome.Saved, state.Outcome);
        Assert.Equal(2, (await host.State.GetAsync<SurveyProgress>(Key))!.State.Page);
        Assert.False(Assert.IsType<Meetings.SaveResult.Saved>(added).AlreadySaved);
        Assert.Equal(meeting.Id, (await meetings.GetAsync(meeting.PartitionKey, meeting.Id, default))!.Id);
        // The partner directory row went with the old table; the instance must not think it still exists.
        Assert.Equal([meeting.PartitionKey], (await meetings.PartnersAsync(default)).Select(p => p.PartitionKey));
    }
}
