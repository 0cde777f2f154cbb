using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Meetings;

public static class MeetingSummaryCard
{
    public const string QueryKey = "query";

    public static JsonObject Build(MeetingSummaryView view)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading("Stakeholder meetings"),
            AdaptiveCard.Text(Markdown.Escape($"{view.Scope} · {view.Period}"), isSubtle: true),
            view.Notice is null ? null : AdaptiveCard.Notice(Markdown.Escape(view.Notice)),
            Section("Interreg counts"),
            AdaptiveCard.Facts(
            [
                ("Events held", view.Counts.EventsHeld.ToString()),
                ("Participants", view.Counts.Participants.ToString()),
                ("Organisations engaged", view.Counts.Organisations.ToString()),
                ("Good practices discussed", view.Counts.GoodPractices.ToString()),
                ("Policy instruments with an observed change", view.Counts.PolicyInstrumentsChanged.ToString()),
            ]),
        };
        // Over time, where a chart says it better than a list (Teams draws it; other clients get text bars).
        if (view.Timeline is { Count: > 0 } timeline)
        {
            var unit = timeline[0].Label.StartsWith('Q') ? "quarter" : "year";
            body.Add(AdaptiveCard.Text($"Meetings per {unit}", weight: "Bolder", size: "Small"));
            body.Add(Charts.Columns(timeline.Select(t => new ChartBar(t.Label, t.Meetings)).ToList(), unit == "quarter" ? "Quarter" : "Year", "Meetings"));
            body.Add(AdaptiveCard.Text($"Participants per {unit}", weight: "Bolder", size: "Small"));
            body.Add(Charts.Columns(timeline.Select(t => new ChartBar(t.Label, t.Participants)).ToList(), unit == "quarter" ? "Quarter" : "Year",
                "Participants", color: "categoricalPurple"));
        }
        if (view.MeetingsByType.Count > 0)
        {
            body.Add(AdaptiveCard.Text("Events by type", weight: "Bolder", size: "Small"));
            body.Add(AdaptiveCard.Facts(view.MeetingsByType.Select(t => (t.Label, t.Count.ToString()))));
        }
        body.Add(Section("Participants by type"));
        body.Add(AdaptiveCard.Facts(view.ParticipantsByType.Select(t => (t.Label, t.Count.ToString()))));
        if (view.Narrative is { } narrative)
        {
            body.Add(Section("Narrative"));
            body.Add(AdaptiveCard.Text("AI-generated from the logged fields only. Check it before you use it in a report.", isSubtle: true, size: "Small"));
            body.Add(AdaptiveCard.UserText(narrative));
        }
        body.Add(Section("Meetings"));
        if (view.Meetings.Count == 0) body.Add(AdaptiveCard.Text("No meetings logged in this period."));
        body.AddRange(view.Meetings.Select(MeetingEntry));
        body.Add(More(view.MoreMeetings, "more meetings in the CSV"));
        body.Add(Section("Open action items"));
        if (view.OpenActions.Count == 0) body.Add(AdaptiveCard.Text("No open action items."));
        body.AddRange(view.OpenActions.Select(a => ActionEntry(a, view.Query)));
        body.Add(More(view.MoreOpenActions, "more open action items"));
        if (view.Organisations.Count > 0)
        {
            body.Add(Section("Organisations engaged"));
            body.Add(AdaptiveCard.UserText(string.Join(", ", view.Organisations)));
            body.Add(More(view.MoreOrganisations, "more organisations in the CSV"));
        }
        var actions = view.CsvUrl is null ? [] : new JsonNode?[] { AdaptiveCard.OpenUrl("Download CSV", view.CsvUrl.AbsoluteUri) };
        return AdaptiveCard.Create(body, actions, fullWidth: true);
    }

    private static JsonObject MeetingEntry(MeetingLine meeting) => AdaptiveCard.Container(
    [
        AdaptiveCard.Text(Markdown.Escape($"{meeting.Date} · {meeting.Type} · {meeting.Where}"), weight: "Bolder"),
        meeting.KeyDecisions.Length == 0 ? null : AdaptiveCard.UserText(meeting.KeyDecisions, isSubtle: true),
    ], separator: true);

    private static JsonObject ActionEntry(OpenActionLine action, string query)
    {
        var due = action.Overdue ? $"OVERDUE since {action.Due}" : $"due {action.Due}";
        var text = AdaptiveCard.Container(
        [
            AdaptiveCard.UserText(action.What),
            AdaptiveCard.Text(Markdown.Escape($"{action.Owner} · {due} · {action.Meeting}"), size: "Small",
                color: action.Overdue ? "Attention" : null, isSubtle: !action.Overdue),
        ]);
        var done = AdaptiveCard.Actions(AdaptiveCard.Execute("Done", CardVerbs.MeetingDone, new JsonObject
        {
            [MeetingFields.MeetingPartition] = action.PartitionKey,
            ["rk"] = action.RowKey,
            [MeetingFields.ETag] = action.ETag,
            [QueryKey] = query,
        }, validate: false));
        return new JsonObject
        {
            ["type"] = "ColumnSet",
            ["separator"] = true,
            ["columns"] = new JsonArray(
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(text) },
                new JsonObject { ["type"] = "Column", ["width"] = "auto", ["verticalContentAlignment"] = "Center", ["items"] = new JsonArray(done) }),
        };
    }

    private static JsonObject? More(int count, string what) =>
        count > 0 ? AdaptiveCard.Text($"…and {count} {what}.", isSubtle: true, size: "Small") : null;

    private static JsonObject Section(string title) => AdaptiveCard.Text(title, size: "Medium", weight: "Bolder", separator: true);
}
