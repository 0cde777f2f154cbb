using System.Text.Json.Nodes;
using StakeholderBot.Bot.Tests;
using StakeholderBot.Resilience.Tests.Faults;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Escaping;

// Meeting notes with markdown, mentions, links and card expressions show as text on the confirmation, the
// edit form and the summary, and in the bot's messages about them.
public sealed class MeetingEscapingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly string Hostile = MarkupCheck.Hostile();
    private readonly List<(string Where, JsonNode Node)> sent = [];
    private BotApp bot = null!;
    private MeetingWalker walker = null!;

    public async Task InitializeAsync()
    {
        bot = new BotApp(ResilienceSettings.For(azurite.ConnectionString, ("Storage:TablePrefix", "escm" + Guid.NewGuid().ToString("N")[..8])));
        walker = new MeetingWalker("a:escaping-meeting");
        var lines = MarkupCheck.Hostile("\n");
        var typed = new Dictionary<string, string>
        {
            ["partner"] = "Partner " + Hostile[..60], ["region"] = "Lombardia", ["country"] = "it", ["policyInstrument"] = Hostile,
            ["topics"] = Hostile, ["decisions"] = lines, ["notes"] = Hostile, ["policyChange"] = Hostile,
            ["organisations"] = lines, ["goodPractices"] = lines,
            ["actionWhat1"] = Hostile, ["actionOwner1"] = "**Owner** <at>Everyone</at>",
            ["actionDue1"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), ["rows"] = "4",
        };
        await walker.OpenFormAsync(bot);
        sent.Add(("confirmation", (await walker.SaveThroughStepsAsync(bot, typed))["value"]!));
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task SayAsync(string text)
    {
        foreach (var reply in await walker.SayAsync(bot, text)) sent.Add(($"reply to '{text}'", reply!));
    }

    private List<string> Violations() =>
        sent.SelectMany(s => MarkupCheck.Violations(s.Node).Concat(MarkupCheck.ReplyViolations(s.Node)).Select(v => $"{s.Where}: {v}")).ToList();

    [Fact]
    public async Task HostileMeetingNotes_ComeBackAsText_OnTheConfirmationTheEditFormTheSummaryAndWhenMarkedDone()
    {
        var confirmation = (JsonObject)sent[0].Node;
        Assert.StartsWith("Meeting saved", MeetingWalker.Heading(confirmation));
        sent.Add(("edit form", (await walker.PressAsync(bot, "meeting.edit"))["value"]!));
        for (var step = 2; step <= 4; step++) sent.Add(($"edit form step {step}", (await walker.PressAsync(bot, "meeting.next"))["value"]!));
        await SayAsync("meetings");
        await SayAsync("meetings INTRA");
        var summary = (JsonObject)sent.First(s => s.Where == "reply to 'meetings'").Node["attachments"]![0]!["content"]!;
        var marked = await new MeetingWalker("a:escaping-meeting").WithCard(summary).PressAsync(bot, "meeting.done");
        sent.Add(("marked done", marked));

        Assert.Contains("Marked done", MeetingWalker.Text(marked));
        var violations = Violations();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(MarkupCheck.Echoes(confirmation), "the notes did not come back on the confirmation");
        Assert.True(MarkupCheck.Echoes(summary), "the notes did not come back on the summary");
    }

    [Fact]
    public async Task SummaryForAnUnknownPartner_ShowsTheRequestAndThePartnerNamesAsText()
    {
        await SayAsync($"meetings {Hostile}");
        await SayAsync("meetings <at>Everyone</at> **2026**");

        Assert.Contains(sent, s => MeetingWalker.Text(s.Node).Contains("no partner or region matching"));
        var violations = Violations();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
