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

    private BotApp Instance() => new(ResilienceSettings.For(azurite.ConnectionString, ("Storage:TablePrefix", prefix),
        ("Storage:MaxRetries", "1"), ("Storage:NetworkTimeoutSeconds", "2")));

    private static readonly Dictionary<string, string> Typed = new()
    {
        ["partner"] = "Lombardy Region", ["region"] = "Lombardia", ["policyInstrument"] = "ERDF regional programme",
        ["topics"] = "Export coaching", ["decisions"] = "A second workshop in May", ["notes"] = "typed while storage was down",
    };

    private async Task<List<Azure.Data.Tables.TableEntity>> MeetingRowsAsync() =>
        ((await StoredData.ReadAllAsync(azurite)).GetValueOrDefault(prefix + "RsgMeetings") ?? [])
            .Where(e => e.GetString("Kind") == "meeting").ToList();

    [Fact]
    public async Task SaveDuringAnOutage_KeepsTheForm_WritesNothing_AndSavesOnceWhenStorageIsBack()
    {
        await using var bot = Instance();
        var walker = new MeetingWalker("a:meeting-outage");
        await walker.OpenFormAsync(bot);
        await walker.SayAsync(bot, "meetings"); // the table exists before the outage, as in a running bot
        await Task.Delay(TimeSpan.FromSeconds(6)); // Azurite's LokiJS autosave (see StorageOutageTests)
        var before = await StoredData.SnapshotAsync(azurite);

        await azurite.StopAsync();
        var failed = (JsonObject)(await walker.PressAsync(bot, "meeting.save", Typed))["value"]!;
        var sent = walker.LastSent!;
        await azurite.StartAsync();

        Assert.Contains("Saving failed", MeetingWalker.Text(failed));
        var form = CardForm.Read(failed);
        Assert.NotNull(form.Button(v => v == "meeting.save"));
        foreach (var input in form.Inputs.Where(i => sent.ContainsKey(i.Id)))
            Assert.Equal(sent[input.Id]!.ToString(), input.Definition["value"]?.ToString());
        Assert.Equal(before, await StoredData.SnapshotAsync(azurite));

        var saved = (JsonObject)(await walker.PressAsync(bot, "meeting.save", resend: sent))["value"]!;
        Assert.StartsWith("Meeting saved", MeetingWalker.Heading(saved));
        // The same press arriving again (a Teams retry, or a user pressing twice) stores nothing more.
        var again = (JsonObject)(await new MeetingWalker("a:meeting-outage").WithCard(failed).PressAsync(bot, "meeting.save", resend: sent))["value"]!;
        Assert.Contains("not saved twice", MeetingWalker.Heading(again));
        var rows = await MeetingRowsAsync();
        Assert.Single(rows);
        Assert.Equal("typed while storage was down", rows[0].GetString("Notes"));
        Assert.Empty(await StoredDataRules.CheckAsync(azurite));
    }

    [Fact]
    public async Task EditsOfOneMeetingOnTwoInstances_TheSecondIsRefusedByETag_AndKeepsItsText()
    {
        await using var first = Instance();
        await using var second = Instance();
        var author = new MeetingWalker("a:meeting-edits");
        await author.OpenFormAsync(first);
        var confirmation = (JsonObject)(await author.PressAsync(first, "meeting.save", Typed))["value"]!;

        // Both instances open the saved meeting for editing, then both save.
        var a = new MeetingWalker("a:meeting-edits").WithCard(confirmation);
        var b = new MeetingWalker("a:meeting-edits").WithCard(confirmation);
        await a.PressAsync(first, "meeting.edit");
        await b.PressAsync(second, "meeting.edit");
        var savedA = (JsonObject)(await a.PressAsync(first, "meeting.save", new Dictionary<string, string> { ["notes"] = "edited on the first instance" }))["value"]!;
        var refusedB = (JsonObject)(await b.PressAsync(second, "meeting.save", new Dictionary<string, string> { ["notes"] = "edited on the second instance" }))["value"]!;

        Assert.StartsWith("Meeting updated", MeetingWalker.Heading(savedA));
        Assert.Contains("someone else changed this meeting", MeetingWalker.Text(refusedB));
        Assert.Contains("edited on the second instance", MeetingWalker.Text(refusedB)); // kept on the form
        var row = Assert.Single(await MeetingRowsAsync());
        Assert.Equal("edited on the first instance", row.GetString("Notes"));
    }
}
