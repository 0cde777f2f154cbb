using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// A partner-year of thousands of meetings on Azurite: the summary streams them and shows what the list-based one
// showed. The figures are worked out from LargePartitionSeed's rules.
[Collection(MeetingAzuriteCollection.Name)]
public sealed class MeetingSummaryScaleTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);
    private readonly string table = "m" + Guid.NewGuid().ToString("N");

    public Task InitializeAsync() => LargePartitionSeed.AddAllAsync(azurite.ConnectionString, table);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Summary_OfThousandsOfMeetings_CountsThemAllAndShowsTheLatestAndMostUrgent()
    {
        await using var host = new MeetingHost(azurite.ConnectionString, Now, table);

        var card = await host.CardAsync("meetings Lombardia 2021");

        AssertSummary(card);
        CardValidator.AssertValid("summary of thousands of meetings", card);
    }

    [Fact]
    public async Task Summary_OfThousandsOfMeetings_GivesTheNarratorOnlyTotalsAndTheLatestForty()
    {
        await using var model = await LocalHttpServer.StartAsync(app =>
            app.MapPost("/v1/chat/completions", () => ChatCompletions.Reply("scale-model", "A busy year of meetings in Lombardy.")));
        await using var host = new MeetingHost(azurite.ConnectionString, Now, table, new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = model.BaseUrl + "/v1", ["OpenAI:ChatModel"] = "scale-model", ["OpenAI:ApiKey"] = "scale-key",
        });

        var card = await host.CardAsync("meetings Lombardia 2021");

        AssertSummary(card);
        Assert.Contains("A busy year of meetings in Lombardy.", MeetingCards.Text(card));
        var user = (string)JsonNode.Parse(Assert.Single(model.Requests).Body)!["messages"]![1]!["content"]!;
        var data = JsonNode.Parse(user[(user.IndexOf('{'))..(user.LastIndexOf('}') + 1)])!;
        Assert.Equal(3000, (int)data["totals"]!["events"]!);
        Assert.Equal(7, (int)data["totals"]!["goodPracticeCount"]!);
        var meetings = data["meetings"]!.AsArray();
        Assert.Equal(40, meetings.Count);
        Assert.Equal("Decision 0299", (string?)meetings[0]!["decisions"]);
        Assert.All(meetings, m => Assert.StartsWith("2021-10-2", (string?)m!["date"]));
    }

    private static void AssertSummary(JsonObject card)
    {
        var facts = MeetingCards.Facts(card);
        Assert.Equal("3000", facts["Events held"]);
        Assert.Equal(Enumerable.Range(0, 3000).Sum(i => 10 + i % 7).ToString(), facts["Participants"]);
        Assert.Equal("120", facts["Organisations engaged"]);
        Assert.Equal("7", facts["Good practices discussed"]);
        Assert.Equal("3", facts["Policy instruments with an observed change"]);
        Assert.Equal("3000", facts["Public / managing authority"]);
        Assert.Equal("9000", facts["SME"]);
        Assert.Equal("500", facts["Webinar"]);
        var text = MeetingCards.Text(card);
        // The latest day's ten meetings by id, then the first two of the day before.
        string[] latest = ["0299", "0599", "0899", "1199", "1499", "1799", "2099", "2399", "2699", "2999", "0298", "0598"];
        Assert.Equal(latest.Select(n => "Decision " + n), Regex.Matches(text, @"Decision \d{4}").Select(m => m.Value));
        Assert.Contains("27 Oct 2021 · Other · INTRA · Regione Lombardia (Lombardy)", text);
        Assert.Contains("…and 2988 more meetings in the CSV.", text);
        // All open items are overdue: the earliest due first (meetings of 1 Jan), then those of 3 Jan; 2 Jan's are done.
        string[] urgent = ["0000", "0300", "0600", "0900", "1200", "1500", "1800", "2100", "2400", "2700", "0002", "0302", "0602", "0902", "1202"];
        Assert.Equal(urgent.Select(n => "Follow-up " + n), Regex.Matches(text, @"Follow-up \d{4}").Select(m => m.Value));
        Assert.Contains("OVERDUE since 31 Jan 2021", text);
        Assert.Contains("…and 1485 more open action items.", text);
        Assert.Equal(15, MeetingCards.Actions(card).Count(a => (string?)a["verb"] == "meeting.done" && ((string?)a["data"]!["etag"])?.Length > 0));
        Assert.Contains("…and 80 more organisations in the CSV.", text);
    }
}
