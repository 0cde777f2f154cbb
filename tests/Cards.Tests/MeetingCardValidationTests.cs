using System.Text.Json.Nodes;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Cards.Tests;

// Every meeting card, in each state it can be sent in, through the adaptivecards SDK at version 1.5.
public class MeetingCardValidationTests
{
    private static readonly IReadOnlyList<Choice> Countries = MeetingFormCardTests.Countries;

    [Fact]
    public void MeetingCards_AreValidAdaptiveCards15()
    {
        var empty = new Dictionary<string, string>();
        var values = new Dictionary<string, string>
        {
            [Project] = "intra", [Partner] = "Regione *Lombardia*", [Region] = "Lombardy", [Date] = "2021-03-10", [MeetingType] = "rsg",
            [Format] = "online", [Language] = "it", [ParticipantsTotal] = "12", [Sme] = "4", [PolicyChangeObserved] = "true",
            [PolicyChange] = "New line", [Decisions] = "# Not a heading\n[not a link](http://x)", [ActionWhat(1)] = "Draft",
            [ActionOwner(1)] = "Region", [ActionDue(1)] = "2021-04-01", [MinutesUrl] = "https://example.org/m",
            [AttendanceUrl] = "https://example.org/a",
        };
        var errors = new Dictionary<string, string> { [Partner] = "Partner is required.", [ActionDue(2)] = "The due date must be a date." };
        IReadOnlyList<ActionRow> rows = [new("a01", true), .. Enumerable.Repeat(new ActionRow(null, false), 9)];
        var edit = new MeetingEditTarget("intra|regione-lombardia", "0123456789abcdef01234567", "W/\"datetime'2021'\"");
        var summary = new MeetingSummaryView("INTRA · all partners", "2021", new InterregCounts(1, 12, 1, 0, 1), [("SME", 4)], [("RSG meeting", 1)],
            [new MeetingLine("10 Mar 2021", "RSG meeting", "INTRA · Regione Lombardia (Lombardy)", "Open a call")], 0, ["Unioncamere"], 0,
            [new OpenActionLine("Draft", "Region", "1 Apr 2021", true, "RSG 10 Mar 2021", "intra|x", "d20210310|0123456789abcdef01234567|a01", "W/\"x\"")],
            0, "meetings 2021", "A short narrative.", new Uri("http://127.0.0.1:3978/exports/meetings?sig=x"), "Marked done: Draft",
            [new("Q1 2021", 1, 12), new("Q2 2021", 0, 0), new("Q3 2021", 3, 41), new("Q4 2021", 1, 9)]);
        var emptySummary = summary with { Meetings = [], OpenActions = [], Organisations = [], Narrative = null, CsvUrl = null, Notice = null, Timeline = [] };

        CardValidator.AssertAllValid(new Dictionary<string, JsonNode>
        {
            ["new form"] = MeetingFormCard.Build(new MeetingFormModel(empty, empty, "f", rows.Take(4).ToList(), Countries)),
            ["step 2"] = MeetingFormCard.Build(new MeetingFormModel(values, empty, "f", rows, Countries, Step: 2, Notice: "Your unsaved meeting form")),
            ["step 3 with errors"] = MeetingFormCard.Build(new MeetingFormModel(values, errors, "f", rows, Countries, Step: 3)),
            ["step 1 with errors"] = MeetingFormCard.Build(new MeetingFormModel(values, errors, "f", rows, Countries, Banner: "Please correct 2 fields.",
                OfferStartOver: true)),
            ["edit form with reload"] = MeetingFormCard.Build(new MeetingFormModel(values, empty, "f", rows, Countries, edit, "Not saved", OfferReload: true,
                Step: 4)),
            ["outdated"] = MeetingOutdatedCard.Build(),
            ["confirmation"] = MeetingConfirmationCard.Build(values, rows, edit.PartitionKey, edit.MeetingId, "Meeting saved"),
            ["summary"] = MeetingSummaryCard.Build(summary),
            ["empty summary"] = MeetingSummaryCard.Build(emptySummary),
        });
    }
}
