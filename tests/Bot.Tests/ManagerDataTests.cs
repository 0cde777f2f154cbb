using System.Text.Json.Nodes;
using Azure.Data.Tables;
using StakeholderBot.Dialogs;
using StakeholderBot.Storage.Proactive;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.ReminderHost;

namespace StakeholderBot.Bot.Tests;

// What the bot keeps about a project manager for their reminders (their profile and the send ledger's rows), seen
// through `my data` and erased by `delete my data`, against Azurite and the connector stand-in; the tables are read
// afterwards as stored.
public sealed class ManagerDataTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTimeOffset RomeEight = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);
    private readonly string prefix = "m" + Guid.NewGuid().ToString("N")[..8];
    private ScriptedConnector connector = null!;

    public async Task InitializeAsync() => connector = await ScriptedConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task MyData_ShowsAManagersReminderSettings_AndDeleteMyData_ErasesThemAndTheirSendLedgerRows()
    {
        await using var host = new ReminderHost(azurite.ConnectionString, prefix, new StoppedClock(RomeEight), connector);
        await host.MeetAsync(ManagerA);
        await host.MeetAsync(ManagerB);
        await host.LogAsync(ManagerA, new(2026, 11, 20), ("Send the minutes", Today.AddDays(1)));
        await host.LogAsync(ManagerB, new(2026, 11, 20), ("Call the chamber", Today.AddDays(1)));
        Assert.Equal(2, await host.RunAsync());
        await host.SayAsync(ManagerA, "reminders off");
        var codeA = host.Service<Pseudonyms>().Of(new UserRef("", ManagerA, null));

        var shown = CardOf(await host.SayAsync(ManagerA, "my data"));
        Assert.Contains("Time zone Europe/Rome, language en-US and our chat", Text(shown, "reminders"));
        Assert.Contains("You turned the reminders off.", shown.ToJsonString());

        var confirm = CardOf(await host.SayAsync(ManagerA, "delete my data"));
        Assert.Contains("Reminder settings: 1", Text(confirm, "counts"));
        var erased = (JsonObject)(await host.PressAsync(ManagerA, Button(confirm, "data.delete")))["value"]!;
        Assert.Contains("Reminder settings: 1", Text(erased, "counts"));

        var profiles = await RowsAsync(ManagerProfileStore.TableName);
        Assert.DoesNotContain(profiles, row => row.Any(p => p.Value?.ToString() is { } s && (s.Contains(ManagerA) || s == codeA)));
        Assert.Single(profiles);
        var ledger = await RowsAsync(SendLedger.TableName);
        Assert.DoesNotContain(ledger, row => row.RowKey == codeA);
        Assert.Single(ledger);

        // Looking at one's data right after the erase stores nothing again.
        var after = CardOf(await host.SayAsync(ManagerA, "my data"));
        Assert.Contains("Nothing is stored about you", after.ToJsonString());
        Assert.DoesNotContain(await RowsAsync(ManagerProfileStore.TableName), row => row.Any(p => p.Value?.ToString() is { } s && s.Contains(ManagerA)));
    }

    // The ledger needs a key per manager and day, not who they are: no Teams or Entra id, no name, and rows go after
    // SendLedger.Keep.
    [Fact]
    public async Task SendLedger_NamesManagersOnlyByTheirCode_AndForgetsRowsAfterAWeek()
    {
        var clock = new StoppedClock(RomeEight);
        await using var host = new ReminderHost(azurite.ConnectionString, prefix, clock, connector);
        await host.MeetAsync(ManagerA);
        await host.LogAsync(ManagerA, new(2026, 11, 20), ("Send the minutes", Today.AddDays(1)));
        Assert.Equal(1, await host.RunAsync());

        var row = Assert.Single(await RowsAsync(SendLedger.TableName));
        Assert.Equal(host.Service<Pseudonyms>().Of(new UserRef("", ManagerA, null)), row.RowKey);
        Assert.DoesNotContain(row, p => p.Value?.ToString() is { } s && (s.Contains(ManagerA) || s.Contains(ChatOf(ManagerA))));

        clock.Advance(SendLedger.Keep - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await host.Service<SendLedger>().RemoveExpiredAsync());
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await host.Service<SendLedger>().RemoveExpiredAsync());
        Assert.Empty(await RowsAsync(SendLedger.TableName));
    }

    private async Task<List<TableEntity>> RowsAsync(string table) =>
        await new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + table).QueryAsync<TableEntity>().ToListAsync();

    private static JsonObject CardOf(JsonArray replies) =>
        (JsonObject)replies.OfType<JsonObject>().Single(a => a["attachments"] is JsonArray)["attachments"]![0]!["content"]!;

    private static string Text(JsonObject card, string id) =>
        (string)card["body"]!.AsArray().OfType<JsonObject>().Single(e => (string?)e["id"] == id)["text"]!;

    private static JsonObject Button(JsonObject card, string verb) =>
        card["actions"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["verb"] == verb);
}
