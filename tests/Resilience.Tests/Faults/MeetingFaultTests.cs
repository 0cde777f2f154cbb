using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using StakeholderBot.Bot.Tests;
using StakeholderBot.Resilience.Tests.Storage;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Faults;

// Logging a meeting while Azurite is down, and two instances editing one meeting.
public sealed class MeetingFaultTests(PersistentAzuriteFixture azurite) : IClassFixture<PersistentAzuriteFixture>, IAsyncLifetime
{
    private string prefix = "";

    public async Task InitializeAsync()
    {
        await azurite.StartAsync();
        prefix = "mtg" + Guid.NewGuid().ToString("N")[..8];
    }

    public Task DisposeAsync() => azurite.StartAsync();

    private const string OtherManager = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";

    private BotApp Instance() => new(ResilienceSettings.For(azurite.ConnectionString, ("Storage:TablePrefix", prefix),
        ("Storage:MaxRetries", "1"), ("Storage:NetworkTimeoutSeconds", "2"),
        ("Access:ProjectManagers", ResilienceSettings.Manager + "," + OtherManager)));

    private static readonly Dictionary<string, string> Typed = new()
    {
        ["partner"] = "Lombardy Region", ["region"] = "Lombardia", ["country"] = "it", ["policyInstrument"] = "ERDF regional programme",
        ["topics"] = "Export coaching", ["decisions"] = "A second workshop in May", ["notes"] = "typed while storage was down",
    };

    private async Task<List<Azure.Data.Tables.TableEntity>> MeetingRowsAsync() =>
        ((await StoredData.ReadAllAsync(azurite)).GetValueOrDefault(prefix + "RsgMeetings") ?? [])
            .Where(e => e.GetString("Kind") == "meeting").ToList();

    [Fact]
    public async Task SaveDuringAnOutage_KeepsTheCard_WritesNothing_AndSavesOnceWhenStorageIsBack()
    {
        await using var bot = Instance();
        var walker = new MeetingWalker("a:meeting-outage");
        await walker.OpenFormAsync(bot);
        for (var step = 1; step < 4; step++) await walker.PressAsync(bot, "meeting.next", Typed);
        var lastStep = (JsonObject)walker.Card!.DeepClone();
        await walker.SayAsync(bot, "meetings"); // the table exists before the outage, as in a running bot
        await Task.Delay(TimeSpan.FromSeconds(6)); // Azurite's LokiJS autosave (see StorageOutageTests)
        var before = await StoredData.SnapshotAsync(azurite);

        await azurite.StopAsync();
        var failed = await walker.PressAsync(bot, "meeting.save", Typed);
        var sent = walker.LastSent!;
        await azurite.StartAsync();

        // A message under the card: the card itself, with everything typed on it, stays as it was.
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)failed["type"]);
        Assert.StartsWith("The meeting store cannot be reached right now", (string?)failed["value"]);
        Assert.True(JsonNode.DeepEquals(lastStep, walker.Card));
        Assert.Equal(before, await StoredData.SnapshotAsync(azurite));

        var saved = (JsonObject)(await walker.PressAsync(bot, "meeting.save", resend: sent))["value"]!;
        Assert.StartsWith("Meeting saved", MeetingWalker.Heading(saved));
        // The same press arriving again (a Teams retry, or a user pressing twice) stores nothing more.
        var again = (JsonObject)(await new MeetingWalker("a:meeting-outage").WithCard(lastStep).PressAsync(bot, "meeting.save", resend: sent))["value"]!;
        Assert.Contains("not saved twice", MeetingWalker.Heading(again));
        var rows = await MeetingRowsAsync();
        Assert.Single(rows);
        Assert.Equal("typed while storage was down", rows[0].GetString("Notes"));
        Assert.Empty(await StoredDataRules.CheckAsync(azurite));
    }

    // Two project managers edit one meeting on two instances; the second save is refused by the meeting's ETag.
    [Fact]
    public async Task EditsOfOneMeetingOnTwoInstances_TheSecondIsRefusedByETag_AndKeepsItsText()
    {
        await using var first = Instance();
        await using var second = Instance();
        var author = new MeetingWalker("a:meeting-edits");
        await author.OpenFormAsync(first);
        var confirmation = (JsonObject)(await author.SaveThroughStepsAsync(first, Typed))["value"]!;

        // Both open the saved meeting for editing, one on each instance, then both save.
        var a = new MeetingWalker("a:meeting-edits").WithCard(confirmation);
        var b = new MeetingWalker("a:meeting-edits", OtherManager).WithCard(confirmation);
        await a.PressAsync(first, "meeting.edit");
        await b.PressAsync(second, "meeting.edit");
        var savedA = (JsonObject)(await a.SaveThroughStepsAsync(first, new Dictionary<string, string> { ["notes"] = "edited on the first instance" }))["value"]!;
        var refusedB = (JsonObject)(await b.SaveThroughStepsAsync(second, new Dictionary<string, string> { ["notes"] = "edited on the second instance" }))["value"]!;

        Assert.StartsWith("Meeting updated", MeetingWalker.Heading(savedA));
        Assert.Contains("someone else changed this meeting", MeetingWalker.Text(refusedB));
        Assert.Contains("edited on the second instance", MeetingWalker.Text(refusedB)); // kept on the form
        var row = Assert.Single(await MeetingRowsAsync());
        Assert.Equal("edited on the first instance", row.GetString("Notes"));
    }
}
