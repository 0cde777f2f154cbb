using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class MeetingStoreTests(AzuriteFixture azurite)
{
    private readonly RequestLog requests = new();

    private MeetingStore NewStore(string? table = null)
    {
        var options = new TableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerCall);
        var storage = new StorageOptions { ConnectionString = azurite.ConnectionString };
        return new MeetingStore(new StorageTables(new TableServiceClient(azurite.ConnectionString, options), storage), TimeProvider.System,
            table ?? Tables.NewName());
    }

    [Fact]
    public async Task Add_StoresTheMeetingWithItsActionItems_EachClosableOnItsOwn()
    {
        var store = NewStore();
        var meeting = MeetingSamples.Meeting(items:
        [
            new ActionItem("a01", "Draft the call", "Regione Lombardia", new DateOnly(2021, 6, 1)),
            new ActionItem("a02", "Brief the chambers", "Unioncamere", new DateOnly(2021, 7, 1)),
        ]);

        var saved = Assert.IsType<SaveResult.Saved>(await store.AddAsync(meeting, "pm-1", default));

        Assert.False(saved.AlreadySaved);
        Assert.NotEmpty(saved.Meeting.ETag);
        Assert.Equal("pm-1", saved.Meeting.LoggedBy);
        var read = await store.GetAsync(meeting.PartitionKey, meeting.Id, default);
        Assert.Equal(["Draft the call", "Brief the chambers"], read!.ActionItems.Select(i => i.What));
        Assert.Equal(saved.Meeting.ActionItems.Select(i => i.ETag), read.ActionItems.Select(i => i.ETag));
        Assert.Equal(meeting.Organisations, read.Organisations);
        Assert.Equal(meeting.ParticipantsByType, read.ParticipantsByType);
        Assert.Equal(meeting.Date, read.Date);
        Assert.Equal(read.ETag, saved.Meeting.ETag);
        var first = saved.Meeting.ActionItems[0];
        Assert.IsType<DoneResult.Done>(await store.MarkDoneAsync(meeting.PartitionKey, MeetingKeys.ActionRow(meeting.Date, meeting.Id, first.Id), first.ETag, "pm-1", default));
    }

    [Fact]
    public async Task Add_SameSaveDeliveredTwice_StoresOnce()
    {
        var store = NewStore();
        var meeting = MeetingSamples.Meeting();

        await store.AddAsync(meeting, "pm-1", default);
        var again = Assert.IsType<SaveResult.Saved>(await store.AddAsync(meeting with { Date = new DateOnly(2021, 4, 1) }, "pm-1", default));

        Assert.True(again.AlreadySaved);
        Assert.Equal(new DateOnly(2021, 3, 15), again.Meeting.Date);
        Assert.Single(await store.StreamAsync(meeting.PartitionKey, new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), MeetingColumns.All, default)
            .ToListAsync());
    }

    [Fact]
    public async Task Add_WhenOneActionItemCannotBeWritten_StoresNothing()
    {
        var table = Tables.NewName();
        var store = NewStore(table);
        var meeting = MeetingSamples.Meeting();
        // Something already sits where the action item must go: the transaction must fail as a whole.
        var blocker = new TableServiceClient(azurite.ConnectionString).GetTableClient(table);
        await blocker.CreateIfNotExistsAsync();
        await blocker.AddEntityAsync(new TableEntity(meeting.PartitionKey, MeetingKeys.ActionRow(meeting.Date, meeting.Id, "a01")));

        await Assert.ThrowsAsync<TableTransactionFailedException>(() => store.AddAsync(meeting, "pm-1", default));

        Assert.Null(await store.GetAsync(meeting.PartitionKey, meeting.Id, default));
        var left = await blocker.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {meeting.PartitionKey}")).ToListAsync();
        Assert.Single(left);
    }

    [Fact]
    public async Task Update_WithTheETagThatWasRead_SavesAndMovesToTheNewDateKeepingDoneItems()
    {
        var store = NewStore();
        var meeting = MeetingSamples.Meeting();
        var saved = ((SaveResult.Saved)await store.AddAsync(meeting, "pm-1", default)).Meeting;
        var item = saved.ActionItems.Single();
        var itemRow = MeetingKeys.ActionRow(meeting.Date, meeting.Id, item.Id);
        Assert.IsType<DoneResult.Done>(await store.MarkDoneAsync(meeting.PartitionKey, itemRow, item.ETag, "pm-1", default));

        var edited = saved with { Date = new DateOnly(2021, 9, 20), Decisions = "Call moved to October." };
        var result = Assert.IsType<SaveResult.Saved>(await store.UpdateAsync(edited, saved.ETag, "form-2", default));

        Assert.Equal("Call moved to October.", result.Meeting.Decisions);
        Assert.Equal(new DateOnly(2021, 9, 20), result.Meeting.Date);
        Assert.True(Assert.Single(result.Meeting.ActionItems).Done);
        Assert.Empty(await store.StreamAsync(meeting.PartitionKey, new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31), MeetingColumns.All, default)
            .ToListAsync());
    }

    [Fact]
    public async Task Update_AfterSomeoneElsesEdit_IsAConflictAndTheirEditStays()
    {
        var store = NewStore();
        var saved = ((SaveResult.Saved)await store.AddAsync(MeetingSamples.Meeting(), "pm-1", default)).Meeting;
        Assert.IsType<SaveResult.Saved>(await store.UpdateAsync(saved with { Notes = "theirs" }, saved.ETag, "form-a", default));

        var mine = await store.UpdateAsync(saved with { Notes = "mine" }, saved.ETag, "form-b", default);

        var conflict = Assert.IsType<SaveResult.Conflict>(mine);
        Assert.Equal("theirs", conflict.Current!.Notes);
        Assert.Equal("theirs", (await store.GetAsync(saved.PartitionKey, saved.Id, default))!.Notes);
    }

    [Fact]
    public async Task Update_RedeliveredAfterItSucceeded_IsNotAConflict()
    {
        var store = NewStore();
        var saved = ((SaveResult.Saved)await store.AddAsync(MeetingSamples.Meeting(), "pm-1", default)).Meeting;
        await store.UpdateAsync(saved with { Notes = "edit" }, saved.ETag, "form-a", default);

        var again = Assert.IsType<SaveResult.Saved>(await store.UpdateAsync(saved with { Notes = "edit" }, saved.ETag, "form-a", default));

        Assert.True(again.AlreadySaved);
    }

    [Fact]
    public async Task MarkDone_WithAStaleETag_ReportsTheChangeAndLeavesTheItemOpen()
    {
        var store = NewStore();
        var saved = ((SaveResult.Saved)await store.AddAsync(MeetingSamples.Meeting(), "pm-1", default)).Meeting;
        var item = saved.ActionItems.Single();
        await store.UpdateAsync(saved with { ActionItems = [item with { Owner = "Unioncamere" }] }, saved.ETag, "form-a", default);

        var result = await store.MarkDoneAsync(saved.PartitionKey, MeetingKeys.ActionRow(saved.Date, saved.Id, item.Id), item.ETag, "pm-2", default);

        var changed = Assert.IsType<DoneResult.Changed>(result);
        Assert.Equal("Unioncamere", changed.Current.Item.Owner);
        Assert.False(changed.Current.Item.Done);
    }

    [Fact]
    public async Task Stream_ReadsOnlyItsPartitionAndDateRange()
    {
        var store = NewStore();
        await store.AddAsync(MeetingSamples.Meeting("Regione Lombardia", new DateOnly(2021, 3, 15)), "pm", default);
        await store.AddAsync(MeetingSamples.Meeting("Regione Lombardia", new DateOnly(2022, 3, 15)), "pm", default);
        await store.AddAsync(MeetingSamples.Meeting("Pomurje Technology Park", new DateOnly(2021, 5, 1)), "pm", default);
        requests.Clear();

        var found = await store.StreamAsync(MeetingKeys.Partition("intra", "Regione Lombardia"), new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31),
            MeetingColumns.All, default).ToListAsync();

        Assert.Equal(new DateOnly(2021, 3, 15), Assert.Single(found).Date);
        var query = Assert.Single(requests.Queries);
        Assert.Contains("PartitionKey eq 'intra|regione-lombardia'", query);
        Assert.Contains("RowKey ge 'd20210101|' and RowKey lt 'd20220101|'", query);
    }

    [Fact]
    public async Task Partners_AreListedWithTheirRegions()
    {
        var store = NewStore();
        await store.AddAsync(MeetingSamples.Meeting("Région Sud / PACA #1?"), "pm", default);

        var partner = Assert.Single(await store.PartnersAsync(default));

        Assert.Equal("Région Sud / PACA #1?", partner.Partner);
        Assert.Equal("intra|region-sud-paca-1", partner.PartitionKey);
    }

    [Fact]
    public async Task ChangeLog_NamesEveryWrittenMeeting()
    {
        var store = NewStore();
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        var a = MeetingSamples.Meeting("Partner A");
        var b = MeetingSamples.Meeting("Partner B");
        await store.AddAsync(a, "pm", default);
        await store.AddAsync(b, "pm", default);

        var changes = await store.ChangesSinceAsync(since, default);

        Assert.Equal([a.Id, b.Id], changes.Select(c => c.MeetingId));
        Assert.Equal([a.PartitionKey, b.PartitionKey], changes.Select(c => c.PartitionKey));
    }

    private sealed class RequestLog : HttpPipelinePolicy
    {
        private readonly List<string> uris = [];

        public IReadOnlyList<string> Queries
        {
            get { lock (uris) return uris.Where(u => u.Contains("$filter")).Select(u => Uri.UnescapeDataString(u)).ToList(); }
        }

        public void Clear() { lock (uris) uris.Clear(); }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            lock (uris) uris.Add(message.Request.Uri.ToString());
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            lock (uris) uris.Add(message.Request.Uri.ToString());
            return ProcessNextAsync(message, pipeline);
        }
    }
}
