using System.Net;
using Azure.Data.Tables;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Knowledge;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Two bot instances share the meetings table but each has its own knowledge index: what one logs must become
// answerable on the other (indexed at start, then picked up from the change log), and each index holds only what the
// configured storage holds.
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
        var seededPage = await clientB.GetAsync(SignedPaths.Document(b.Service<IServiceProvider>(), MeetingDocument.PathOf("intra", "regione-lombardia", seeded.Id),
            Audience.ProjectManagers));
        Assert.Equal(HttpStatusCode.OK, seededPage.StatusCode);
        Assert.Contains("Open an export voucher call.", await seededPage.Content.ReadAsStringAsync());

        // A meeting logged through A's /api/messages reaches B's index through the change log.
        await a.WaitUntilHealthyAsync();
        var confirmation = MeetingCards.InvokeCard(await a.SaveThroughStepsAsync(await a.CardAsync("log meeting"), MeetingLogTests.Typed()));
        var id = (string)MeetingCards.Actions(confirmation).Single(x => (string?)x["verb"] == "meeting.edit")["data"]!["meetingId"]!;
        var path = SignedPaths.Document(b.Service<IServiceProvider>(), MeetingDocument.PathOf("intra", "regione-lombardia", id), Audience.ProjectManagers);
        await MeetingHost.EventuallyAsync(async () => (await clientB.GetAsync(path)).StatusCode == HttpStatusCode.OK,
            "instance B serves the meeting logged on A");

        var reply = Assert.Single(await b.SayAsync("What did the Lombardy stakeholders decide in March 2022?"))!;
        Assert.Contains("export voucher call in June", (string?)reply["text"]);
        Assert.Contains($"/documents/meetings/intra/regione-lombardia/{id}", reply["entities"]!.ToJsonString());
    }

    private const string Decision = "export voucher call in June";
    private const string Question = "What did the Lombardy stakeholders decide in March 2022?";

    [Fact]
    public async Task MeetingErasedFromStorage_LeavesEveryInstancesAnswers_AtTheNextFullSync()
    {
        await using var a = new MeetingHost(azurite.ConnectionString, Now, settings: Settings());
        await a.WaitUntilHealthyAsync();
        await a.SaveThroughStepsAsync(await a.CardAsync("log meeting"), MeetingLogTests.Typed());
        await using var b = new MeetingHost(azurite.ConnectionString, Now, a.Table, Settings());
        await b.WaitUntilHealthyAsync();
        await MeetingHost.EventuallyAsync(() => b.Service<MeetingIndexSync>().Loaded, "instance B has indexed the stored meetings");
        var link = CitationLinks(Assert.Single(await b.SayAsync(Question))!).Single(l => l.Contains("/documents/meetings/", StringComparison.Ordinal));
        Assert.Contains(Decision, (string?)Assert.Single(await a.SayAsync(Question))!["text"]);

        // Erased outside the bot (Storage Explorer, a retention job): no change-log entry tells the instances.
        var table = a.Service<TableServiceClient>().GetTableClient(a.Table);
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {"intra|regione-lombardia"}");
        await foreach (var row in table.QueryAsync<TableEntity>(partition))
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        a.Clock.Now += TimeSpan.FromMinutes(5);
        b.Clock.Now += TimeSpan.FromMinutes(5);

        foreach (var host in new[] { a, b })
            await MeetingHost.EventuallyAsync(async () => !((string?)Assert.Single(await host.SayAsync(Question))!["text"])!.Contains(Decision),
                "the erased meeting no longer answers");
        Assert.DoesNotContain("/documents/meetings/", Assert.Single(await b.SayAsync(Question))!.ToJsonString());
        using var client = b.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
    }

    [Theory]
    [InlineData("an empty account")]
    [InlineData("an account that cannot be reached")]
    public async Task SwitchingStorageAccounts_DropsTheOldAccountsMeetings_BeforeTheFirstQuestion(string switchedTo)
    {
        var indexPath = Path.Combine(TempFolders.Create("sb-switch-"), "index.db");
        var settings = Settings();
        settings["Knowledge:IndexPath"] = indexPath;
        string link;
        string table;
        await using (var first = new MeetingHost(azurite.ConnectionString, Now, settings: settings))
        {
            await first.WaitUntilHealthyAsync();
            await first.SaveThroughStepsAsync(await first.CardAsync("log meeting"), MeetingLogTests.Typed());
            link = CitationLinks(Assert.Single(await first.SayAsync(Question))!).Single(l => l.Contains("/documents/meetings/", StringComparison.Ordinal));
            table = first.Table;
        }

        await using var other = new AzuriteFixture();
        if (switchedTo == "an empty account") await other.StartAsync();
        await using var second = new MeetingHost(other.ConnectionString, Now, table, settings);
        await second.WaitUntilHealthyAsync();

        var reply = Assert.Single(await second.SayAsync(Question))!;
        Assert.DoesNotContain(Decision, (string?)reply["text"]);
        Assert.DoesNotContain("/documents/meetings/", reply.ToJsonString());
        using var client = second.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
    }

    private static IEnumerable<string> CitationLinks(System.Text.Json.Nodes.JsonNode reply) =>
        reply["entities"]?.AsArray().SelectMany(e => e!["citation"]?.AsArray() ?? []).Select(c => (string)c!["appearance"]!["url"]!) ?? [];
}
