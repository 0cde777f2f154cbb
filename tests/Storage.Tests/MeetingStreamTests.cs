using Azure.Data.Tables;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class MeetingStreamTests(AzuriteFixture azurite)
{
    private readonly string table = Tables.NewName();

    private MeetingStore NewStore() => new(new StorageTables(new TableServiceClient(azurite.ConnectionString),
        new StorageOptions { ConnectionString = azurite.ConnectionString }), TimeProvider.System, table);

    [Fact]
    public async Task Stream_Summary_LeavesOutLongTextsAndDoneItemsButKeepsOpenItemsWithETags()
    {
        var store = NewStore();
        var meeting = MeetingSamples.Meeting(items:
        [
            new ActionItem("a02", "Brief the chambers", "Unioncamere", new DateOnly(2021, 7, 1)),
            new ActionItem("a01", "Draft the call", "Regione Lombardia", new DateOnly(2021, 6, 1)),
        ]) with { Notes = "Long notes", MinutesUrl = "https://example.org/minutes" };
        var saved = Assert.IsType<SaveResult.Saved>(await store.AddAsync(meeting, "pm-1", default)).Meeting;
        var done = saved.ActionItems.Single(i => i.Id == "a02");
        await store.MarkDoneAsync(meeting.PartitionKey, MeetingKeys.ActionRow(meeting.Date, meeting.Id, "a02"), done.ETag, "pm-1", default);

        var summary = Assert.Single(await store.StreamAsync(meeting.PartitionKey, new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), MeetingColumns.Summary, default).ToListAsync());
        var all = Assert.Single(await store.StreamAsync(meeting.PartitionKey, new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), MeetingColumns.All, default).ToListAsync());

        Assert.Equal(["a01", "a02"], all.ActionItems.Select(i => i.Id));
        Assert.True(all.ActionItems[1].Done);
        Assert.Equal([all.ActionItems[0]], summary.ActionItems);
        Assert.NotEmpty(summary.ActionItems[0].ETag);
        Assert.Equal((meeting.Decisions, meeting.ParticipantsByType), (summary.Decisions, summary.ParticipantsByType));
        Assert.Equal(meeting.Organisations, summary.Organisations);
        Assert.Equal(("", "", ""), (summary.Topics, summary.Notes, summary.MinutesUrl));
        Assert.Equal((meeting.Topics, "Long notes", "https://example.org/minutes"), (all.Topics, all.Notes, all.MinutesUrl));
    }

    [Fact]
    public async Task InDateOrder_MergesPartitionsByDatePartitionAndId()
    {
        var store = NewStore();
        var days = new[] { 5, 1, 9, 1, 3, 9 };
        var partners = new[] { "Regione Lombardia", "Pomurje Technology Park", "Steinbeis Europa Zentrum" };
        var meetings = days.Select((day, i) => MeetingSamples.Meeting(partners[i % 3], new DateOnly(2021, 3, day))).ToList();
        foreach (var m in meetings) await store.AddAsync(m, "pm-1", default);

        var merged = await store.InDateOrderAsync(meetings.Select(m => m.PartitionKey), new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31), default).ToListAsync();

        var expected = meetings.OrderBy(m => m.Date).ThenBy(m => m.PartitionKey, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal);
        Assert.Equal(expected.Select(m => m.Id), merged.Select(m => m.Id));
        Assert.All(merged, m => Assert.Single(m.ActionItems));
    }

    [Fact]
    public async Task Stream_AfterTheTableWasDeleted_MakesItAgainAndReadsNothing()
    {
        var store = NewStore();
        var meeting = MeetingSamples.Meeting();
        await store.AddAsync(meeting, "pm-1", default);
        await new TableServiceClient(azurite.ConnectionString).GetTableClient(table).DeleteAsync();

        var read = await store.StreamAsync(meeting.PartitionKey, new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), MeetingColumns.Summary, default).ToListAsync();
        var saved = await store.AddAsync(MeetingSamples.Meeting(), "pm-1", default);

        Assert.Empty(read);
        Assert.IsType<SaveResult.Saved>(saved);
    }
}
