using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// A logged meeting becomes a knowledge document: questions about it are answered with a citation to it.
[Collection(MeetingAzuriteCollection.Name)]
public sealed class MeetingQuestionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task QuestionAboutALoggedMeeting_IsAnsweredWithACitationToIt()
    {
        await using var host = new MeetingHost(azurite.ConnectionString, Now, settings: new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = Path.Combine(RepoPaths.Root, "corpus"),
            ["Bot:PublicBaseUrl"] = "https://bot.example.org",
        });
        await host.WaitUntilHealthyAsync();
        var confirmation = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(await host.CardAsync("log meeting"), MeetingLogTests.Typed()));
        var id = (string)MeetingCards.Actions(confirmation).Single(a => (string?)a["verb"] == "meeting.edit")["data"]!["meetingId"]!;

        var reply = Assert.Single(await host.SayAsync("What did the Lombardy stakeholders decide in March?"))!;

        Assert.Contains("export voucher call in June", (string?)reply["text"]);
        var citations = reply["entities"]!.AsArray().Single(e => (string?)e!["type"] == "https://schema.org/Message")!["citation"]!.AsArray();
        var urls = citations.Select(c => (string?)c!["appearance"]!["url"]).ToList();
        var url = Assert.Single(urls, u => u!.StartsWith($"https://bot.example.org/documents/meetings/intra/regione-lombardia/{id}?for=managers&", StringComparison.Ordinal));

        using var client = host.Client();
        var page = await client.GetStringAsync(new Uri(url!).PathAndQuery);
        Assert.Contains("export voucher call in June", page);
    }
}
