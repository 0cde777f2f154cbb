using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StakeholderBot.Cards.Help;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// A fresh install with Demo:ExampleData (as run-local.sh starts it): every example the README and the help card
// give finds something, and starting again stores nothing twice.
public sealed partial class ExampleDataTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Manager = "7a1c2f64-93b1-4a7e-9a52-1f2b3c4d5e6f";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var examples = new TheoryData<string>();
        foreach (Match example in ReadmeExample().Matches(readme)) examples.Add(example.Groups[1].Value);
        examples.Add(HelpActions.MeetingsExample);
        // The welcome card's buttons, and one place in both commands: without a period each covers everything so far.
        examples.Add(HelpActions.Meetings);
        examples.Add(HelpActions.SurveyResults);
        examples.Add("meetings Hungary");
        examples.Add("survey results Hungary");
        return examples;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_FromTheReadmeOrTheHelpCard_FindsSomethingOnAFreshInstall(string example)
    {
        await using var bot = new BotApp(Settings("x" + Guid.NewGuid().ToString("N")[..8]));
        await ExampleDataStoredAsync(bot);

        var reply = Assert.Single(await bot.AskAsync(Fixtures.Message(example, userAad: Manager)))!;

        var card = reply["attachments"]?[0]?["content"]?.AsObject();
        Assert.True(card is not null, $"'{example}' answered without a card: {reply["text"]}");
        var text = card.ToJsonString();
        Assert.Contains("\"type\":\"Chart.", text);
        CardValidator.AssertValid(example, card);
    }

    [Fact]
    public async Task ExampleData_StartingAgain_StoresNothingTwice()
    {
        var prefix = "x" + Guid.NewGuid().ToString("N")[..8];
        string before;
        await using (var first = new BotApp(Settings(prefix)))
        {
            await ExampleDataStoredAsync(first);
            before = Facts(await first.AskAsync(Fixtures.Message("meetings since 2014", userAad: Manager)));
        }

        await using var second = new BotApp(Settings(prefix));
        await ExampleDataStoredAsync(second);
        Assert.Equal(before, Facts(await second.AskAsync(Fixtures.Message("meetings since 2014", userAad: Manager))));
        Assert.Contains("Events held: 5", before);
    }

    private Dictionary<string, string?> Settings(string prefix) => new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = prefix,
        ["Access:ProjectManagers"] = Manager,
        ["Demo:ExampleData"] = "true",
    };

    // The example data is stored in the background at start-up (a generous deadline, not a speed check).
    private static async Task ExampleDataStoredAsync(BotApp bot)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var replies = await bot.AskAsync(Fixtures.Message("survey results", userAad: Manager));
            if (replies[0]?["attachments"] is not null && Facts(replies).Contains("Responses: 8")) return;
            if (DateTime.UtcNow > deadline) Assert.Fail("The example data was not stored: " + replies.ToJsonString());
            await Task.Delay(200);
        }
    }

    private static string Facts(JsonArray replies) => string.Join("\n", MeetingCards.Nodes(replies[0]?["attachments"]?[0]?["content"])
        .Where(n => (string?)n["type"] == "FactSet").SelectMany(f => f["facts"]!.AsArray())
        .Select(f => $"{f!["title"]}: {f["value"]}"));

    // Backticked `meetings ...` and `survey results ...` examples after "e.g." in the README's command table.
    [GeneratedRegex(@"`((?:meetings|survey results) [^`\[\]]+)`")]
    private static partial Regex ReadmeExample();
}
