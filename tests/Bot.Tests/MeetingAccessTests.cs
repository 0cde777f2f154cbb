using System.Net;
using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Bot.Tests;

// One access rule for a logged meeting, through /api/messages and the links its answers carry: the whole record for
// project managers in personal chat; for everyone else nothing, unless it is shared, and then its decisions and counts.
[Collection(MeetingAzuriteCollection.Name)]
public sealed class MeetingAccessTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);
    private const string Question = "What did the Lombardy stakeholders decide in March?";
    private const string Notes = "The chair of the group will step down in October.";

    // What only the record holds: organisations, topics, action items, good practices, policy change, links, notes.
    private static readonly string[] RecordOnly =
    [
        "Unioncamere", "Politecnico", "Export vouchers for SMEs", "Draft the voucher call", "Brief the chambers", "Catalonia",
        "voucher line was added", "example.org/rsg", "step down", "ROP ERDF",
    ];

    [Fact]
    public async Task InternalMeeting_AnswersAManager_AndRevealsNothingOfItToAStakeholder()
    {
        await using var host = await StartAsync();
        var before = Answer(await host.SayAsync(Question, MeetingHost.Stakeholder));
        var id = await LogAsync(host, shareable: false);

        var manager = Answer(await host.SayAsync(Question));
        var stakeholder = Answer(await host.SayAsync(Question, MeetingHost.Stakeholder));
        var aboutTheNotes = Answer(await host.SayAsync("When will the chair of the Lombardy group step down?", MeetingHost.Stakeholder));

        Assert.Contains("export voucher call in June", manager.Text);
        Assert.Contains(manager.Urls, u => u.Contains($"/documents/meetings/intra/regione-lombardia/{id}?for=managers&", StringComparison.Ordinal));
        // Exactly what the stakeholder got before the meeting existed: the meeting changes nothing they can see.
        Assert.Equal(before, stakeholder);
        Assert.DoesNotContain("export voucher call in June", stakeholder.Text);
        AssertRevealsNothing(stakeholder);
        Assert.StartsWith("I could not find that", aboutTheNotes.Text);
        AssertRevealsNothing(aboutTheNotes);
    }

    [Fact]
    public async Task ManagerInAGroupChat_IsAnsweredOnlyFromWhatEveryoneThereMaySee()
    {
        await using var host = await StartAsync();
        await LogAsync(host, shareable: false);

        var inGroup = Answer(await host.SayAsync(Question, MeetingHost.Manager, groupChat: true));

        Assert.DoesNotContain("export voucher call in June", inGroup.Text);
        AssertRevealsNothing(inGroup);
    }

    [Fact]
    public async Task SharedMeeting_AnswersStakeholders_WithItsDecisionsAndCountsOnly()
    {
        await using var host = await StartAsync();
        var id = await LogAsync(host, shareable: true);

        var stakeholder = Answer(await host.SayAsync(Question, MeetingHost.Stakeholder));
        var aboutTheNotes = Answer(await host.SayAsync("When will the chair of the Lombardy group step down?", MeetingHost.Stakeholder));

        Assert.Contains("export voucher call in June", stakeholder.Text);
        AssertRevealsNothing(stakeholder, meetingCitations: true);
        Assert.StartsWith("I could not find that", aboutTheNotes.Text);
        var url = Assert.Single(stakeholder.Urls, u => u.Contains("/documents/meetings/", StringComparison.Ordinal));
        Assert.Contains($"/documents/meetings/intra/regione-lombardia/{id}/shared?for=stakeholders&", url);

        using var client = host.Client();
        var page = await client.GetStringAsync(new Uri(url).PathAndQuery);
        Assert.Contains("export voucher call in June", page);
        Assert.Contains("Participants: 18", page);
        Assert.Contains("SME 6", page);
        Assert.All(RecordOnly, secret => Assert.DoesNotContain(secret, page));

        // The same link turned to the record, or to a manager's view, is refused.
        var toRecord = url.Replace($"/{id}/shared?", $"/{id}?", StringComparison.Ordinal);
        var asManager = url.Replace("for=stakeholders", "for=managers", StringComparison.Ordinal);
        foreach (var altered in new[] { toRecord, asManager })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri(altered).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task MeetingNoLongerShared_StopsAnsweringStakeholders_AndItsSharedLinkOpensNothing()
    {
        await using var host = await StartAsync();
        var id = await LogAsync(host, shareable: true);
        var shared = Answer(await host.SayAsync(Question, MeetingHost.Stakeholder));
        var link = Assert.Single(shared.Urls, u => u.Contains("/documents/meetings/", StringComparison.Ordinal));

        var form = MeetingCards.InvokeCard(await host.InvokeAsync("meeting.edit", new JsonObject { [MeetingPartition] = "intra|regione-lombardia", [MeetingId] = id }));
        var unshare = new Dictionary<string, string> { [Shareable] = "false" };
        var last = form;
        while (MeetingCards.StepOf(last) < 4) last = MeetingCards.InvokeCard(await host.PressAsync(last, "meeting.next", unshare));
        Assert.Equal("true", MeetingCards.InputValues(last)[Shareable]);
        var saved = MeetingCards.InvokeCard(await host.PressAsync(last, "meeting.save", unshare));
        Assert.Equal("No: project managers only", MeetingCards.Facts(saved)["Shared with stakeholders"]);

        var after = Answer(await host.SayAsync(Question, MeetingHost.Stakeholder));
        Assert.DoesNotContain("export voucher call in June", after.Text);
        AssertRevealsNothing(after);
        using var client = host.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
        Assert.Contains("export voucher call in June", Answer(await host.SayAsync(Question)).Text);
    }

    private async Task<MeetingHost> StartAsync()
    {
        var host = new MeetingHost(azurite.ConnectionString, Now, settings: new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = Path.Combine(RepoPaths.Root, "corpus"),
            ["Bot:PublicBaseUrl"] = "https://bot.example.org",
        });
        await host.WaitUntilHealthyAsync();
        return host;
    }

    private static async Task<string> LogAsync(MeetingHost host, bool shareable)
    {
        var typed = MeetingLogTests.Typed();
        typed[Notes] = MeetingAccessTests.Notes;
        typed[Shareable] = shareable ? "true" : "false";
        var confirmation = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(await host.CardAsync("log meeting"), typed));
        Assert.Equal(shareable ? "Yes: decisions and participant counts" : "No: project managers only",
            MeetingCards.Facts(confirmation)["Shared with stakeholders"]);
        return (string)MeetingCards.Actions(confirmation).Single(a => (string?)a["verb"] == "meeting.edit")["data"]!["meetingId"]!;
    }

    private static void AssertRevealsNothing(Reply reply, bool meetingCitations = false)
    {
        Assert.All(RecordOnly, secret => Assert.DoesNotContain(secret, reply.Json, StringComparison.OrdinalIgnoreCase));
        if (!meetingCitations) Assert.DoesNotContain("/documents/meetings/", reply.Json);
    }

    // The answer as the user sees it: its text and the citations' links (the rest of the activity differs per turn).
    private sealed record Reply(string Text, IReadOnlyList<string> Urls, string Json)
    {
        public bool Equals(Reply? other) => other is not null && Text == other.Text && Urls.SequenceEqual(other.Urls);

        public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
    }

    private static Reply Answer(JsonArray replies)
    {
        var reply = Assert.Single(replies)!;
        var urls = reply["entities"]?.AsArray().SelectMany(e => e!["citation"]?.AsArray() ?? [])
            .Select(c => (string)c!["appearance"]!["url"]!).ToList() ?? [];
        return new Reply((string?)reply["text"] ?? "", urls, reply.ToJsonString());
    }
}
