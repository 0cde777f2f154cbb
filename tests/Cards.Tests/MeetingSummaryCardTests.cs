using Xunit;
using System.Text.Json.Nodes;
using StakeholderBot.Cards.Meetings;

namespace StakeholderBot.Cards.Tests;

public class MeetingSummaryCardTests
{
    private static MeetingSummaryView View(int meetings = 2, int actions = 2, string? narrative = null) => new(
        "INTRA · Regione Lombardia", "2021",
        new InterregCounts(meetings, 57, 9, 4, 1),
        [("Public / managing authority", 20), ("SME", 30)],
        [("RSG meeting", meetings)],
        Enumerable.Range(1, meetings).Select(i => new MeetingLine($"{i} Mar 2021", "RSG meeting", "INTRA · Lombardia", "**Adopt** the [voucher](http://x)")).ToList(),
        3,
        ["Chamber of Commerce", "Unioncamere"], 0,
        Enumerable.Range(1, actions).Select(i => new OpenActionLine($"Draft call {i}", "Region", "1 Feb 2021", i == 1, "RSG 1 Mar 2021",
            "intra|regione-lombardia", $"d20210301|{i:D24}|a0{i}", $"W/\"e{i}\"")).ToList(),
        0, "meetings INTRA 2021", narrative, new Uri("http://127.0.0.1:3978/exports/meetings?from=2021-01-01&sig=x"));

    [Fact]
    public void MeetingSummary_ShowsTheInterregCounts()
    {
        var text = MeetingCardNodes.AllText(MeetingSummaryCard.Build(View()));
        var facts = MeetingCardNodes.Flatten(MeetingSummaryCard.Build(View()))
            .Where(n => n["title"] is not null && n["value"] is not null)
            .ToDictionary(n => n["title"]!.GetValue<string>(), n => n["value"]!.GetValue<string>());
        Assert.Equal("2", facts["Events held"]);
        Assert.Equal("57", facts["Participants"]);
        Assert.Equal("9", facts["Organisations engaged"]);
        Assert.Equal("4", facts["Good practices discussed"]);
        Assert.Equal("1", facts["Policy instruments with an observed change"]);
        Assert.Contains("…and 3 more meetings", text);
    }

    [Fact]
    public void MeetingSummary_EachOpenActionHasADoneButtonWithItsKeysAndETag()
    {
        var card = MeetingSummaryCard.Build(View(actions: 3));
        var done = MeetingCardNodes.Actions(card).Where(a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingDone).ToList();
        Assert.Equal(3, done.Count);
        var data = done[1]["data"]!.AsObject();
        Assert.Equal("intra|regione-lombardia", data["pk"]!.GetValue<string>());
        Assert.Equal($"d20210301|{2:D24}|a02", data["rk"]!.GetValue<string>());
        Assert.Equal("W/\"e2\"", data["etag"]!.GetValue<string>());
        Assert.Equal("meetings INTRA 2021", data["query"]!.GetValue<string>());
        Assert.Contains("OVERDUE since 1 Feb 2021", MeetingCardNodes.AllText(card));
    }

    [Fact]
    public void MeetingSummary_ShowsTypedTextAsPlainTextRuns()
    {
        var card = MeetingSummaryCard.Build(View());
        var runs = MeetingCardNodes.Flatten(card).Where(n => n["type"]?.GetValue<string>() == "TextRun").Select(n => n["text"]!.GetValue<string>());
        Assert.Contains("**Adopt** the [voucher](http://x)", runs);
    }

    [Fact]
    public void MeetingSummary_LabelsTheNarrativeAsAiGenerated()
    {
        Assert.DoesNotContain("AI-generated", MeetingCardNodes.AllText(MeetingSummaryCard.Build(View())));
        var text = MeetingCardNodes.AllText(MeetingSummaryCard.Build(View(narrative: "Two RSG meetings agreed a voucher scheme.")));
        Assert.Contains("AI-generated", text);
        Assert.Contains("Two RSG meetings agreed a voucher scheme.", text);
    }

    [Fact]
    public void MeetingSummary_OffersTheCsvLink()
    {
        var open = MeetingCardNodes.Actions(MeetingSummaryCard.Build(View())).Single(a => a["type"]!.GetValue<string>() == "Action.OpenUrl");
        Assert.StartsWith("http://127.0.0.1:3978/exports/meetings?", open["url"]!.GetValue<string>());
    }

    [Fact]
    public void MeetingSummary_AtItsLargestStaysUnderTeamsMessageSize()
    {
        var longText = new string('x', 300);
        var view = View(meetings: 12, actions: 15) with
        {
            Meetings = Enumerable.Range(1, 12).Select(i => new MeetingLine("1 Mar 2021", "Interregional meeting", longText[..120], longText)).ToList(),
            Organisations = Enumerable.Range(1, 40).Select(_ => longText[..150]).ToList(),
            Narrative = new string('n', 1500),
        };
        var size = MeetingSummaryCard.Build(view).ToJsonString().Length;
        Assert.True(size < 28_000, $"summary card is {size} characters");
    }
}
