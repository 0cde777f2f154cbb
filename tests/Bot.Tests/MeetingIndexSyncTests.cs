using System.Net;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Two bot instances share the meetings table but each has its own knowledge index: what one logs must become
// answerable on the other (indexed at start, then picked up from the change log).
[Collection(MeetingAzuriteCollection.Name)]
public sealed class MeetingIndexSyncTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Knowledge:CorpusPath"] = Path.Combine(RepoPaths.Root, "corpus"),
        ["Bot:PublicBaseUrl"] = "https://bot.example.org",
    };

    [Fact]
    public async Task MeetingsLoggedOnOneInstance_BecomeAnswerableOnAnother()
    {
        await using var a = new MeetingHost(azurite.ConnectionString, Now, settings: Settings());
        var seeded = MeetingSeed.All[0];
        await a.Store.AddAsync(seeded, "seed", default);

        // B starts after the first meeting was stored: it indexes everything stored at start.
        await using var b = new MeetingHost(azurite.ConnectionString, Now, a.Table, Settings());
        await b.WaitUntilHealthyAsync();
        await MeetingHost.EventuallyAsync(() => b.Service<MeetingIndexSync>().Loaded, "instance B has indexed the stored meetings");
        using var clientB = b.Client();
        var seededPage = await clientB.GetAsync("/documents/" + MeetingDocument.PathOf("intra", "regione-lombardia", seeded.Id));
        Assert.Equal(HttpStatusCode.OK, seededPage.StatusCode);
        Assert.Contains("Open an export voucher call.", await seededPage.Content.ReadAsStringAsync());

        // A meeting logged through A's /api/messages reaches B's index through the change log.
        await a.WaitUntilHealthyAsync();
        var confirmation = MeetingCards.InvokeCard(await a.SaveThroughStepsAsync(await a.CardAsync("log meeting"), MeetingLogTests.Typed()));
        var id = (string)MeetingCards.Actions(confirmation).Single(x => (string?)x["verb"] == "meeting.edit")["data"]!["meetingId"]!;
        var path = "/documents/" + MeetingDocument.PathOf("intra", "regione-lombardia", id);
        await MeetingHost.EventuallyAsync(async () => (await clientB.GetAsync(path)).StatusCode == HttpStatusCode.OK,
            "instance B serves the meeting logged on A");

        var reply = Assert.Single(await b.SayAsync("What did the Lombardy stakeholders decide in March 2022?"))!;
        Assert.Contains("export voucher call in June", (string?)reply["text"]);
        Assert.Contains($"/documents/meetings/intra/regione-lombardia/{id}", reply["entities"]!.ToJsonString());
    }
}
