using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Two bot instances share the meetings table but each has its own index: what one logs must reach the other.
[Collection(MeetingAzuriteCollection.Name)]
public sealed class MeetingIndexSyncTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task MeetingsLoggedOnOneInstance_ReachTheOtherInstancesIndex()
    {
        var indexA = new RecordingMeetingIndex();
        var indexB = new RecordingMeetingIndex();
        await using var a = new MeetingHost(azurite.ConnectionString, Now, services: s => s.AddSingleton<IMeetingIndex>(indexA));
        var seeded = MeetingSeed.All[0];
        await a.Store.AddAsync(seeded, "seed", default);

        // B starts after the first meeting was stored: it indexes everything stored at start.
        await using var b = new MeetingHost(azurite.ConnectionString, Now, a.Table, services: s => s.AddSingleton<IMeetingIndex>(indexB));
        await MeetingHost.EventuallyAsync(() => b.Service<MeetingIndexSync>().Loaded, "instance B has indexed the stored meetings");
        var seededPath = MeetingDocument.PathOf("intra", "regione-lombardia", seeded.Id);
        Assert.Contains(seededPath, indexB.Documents.Keys);

        // A meeting logged through A's /api/messages reaches B through the change log.
        var form = await a.CardAsync("log meeting");
        var confirmation = MeetingCards.InvokeCard(await a.PressAsync(form, "meeting.save", MeetingLogTests.Typed()));
        var id = (string)MeetingCards.Actions(confirmation).Single(x => (string?)x["verb"] == "meeting.edit")["data"]!["meetingId"]!;
        var path = MeetingDocument.PathOf("intra", "regione-lombardia", id);
        Assert.Contains(path, indexA.Documents.Keys);
        await MeetingHost.EventuallyAsync(() => indexB.Documents.ContainsKey(path), "instance B has indexed the meeting logged on A");

        var document = indexB.Documents[path];
        Assert.Equal("RSG meeting, Regione Lombardia (Lombardy), 10 March 2022", document.Title);
        Assert.Contains("The stakeholders decided to open an export voucher call in June.", document.Text);
        Assert.Equal("it", document.Language);
    }

    private sealed class RecordingMeetingIndex : IMeetingIndex
    {
        public ConcurrentDictionary<string, MeetingDocument> Documents { get; } = new();

        public Task UpsertAsync(MeetingDocument document, CancellationToken cancellationToken)
        {
            Documents[document.Path] = document;
            return Task.CompletedTask;
        }

        public Task RemoveAsync(string documentPath, CancellationToken cancellationToken)
        {
            Documents.TryRemove(documentPath, out _);
            return Task.CompletedTask;
        }
    }
}
