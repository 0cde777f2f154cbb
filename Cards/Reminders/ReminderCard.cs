using System.Text.Json.Nodes;
using StakeholderBot.Cards.Meetings;

namespace StakeholderBot.Cards.Reminders;

// A project manager's morning reminder: the open action items of their meetings that are due soon or overdue,
// each with Done and Snooze. The same card, refreshed, answers those buttons.
public sealed record ReminderView(string Today, IReadOnlyList<OpenActionLine> Items, int More, int DueWithinDays, int SnoozeDays,
    string? Notice = null);

public static class ReminderCard
{
    public const string PartitionKey = "pk";
    public const string RowKey = "rk";
    public const string ETag = "etag";

    public static JsonObject Build(ReminderView view)
    {
        var overdue = view.Items.Count(i => i.Overdue);
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading("Action items due"),
            AdaptiveCard.Text(Markdown.Escape($"{view.Today} · due within {view.DueWithinDays} days or overdue, from the meetings you logged"), isSubtle: true),
            // Status in a styled container with the default text colour, which every Teams theme keeps readable
            // (green or red text on the card's background is not).
            view.Notice is null ? null : AdaptiveCard.Container([AdaptiveCard.Text(Markdown.Escape(view.Notice), weight: "Bolder")], style: "good"),
        };
        if (view.Items.Count == 0) body.Add(AdaptiveCard.Text("Nothing else is due. Well done.", separator: true));
        else if (overdue > 0)
            body.Add(AdaptiveCard.Container([AdaptiveCard.Text(overdue == 1 ? "1 item is overdue." : $"{overdue} items are overdue.", weight: "Bolder")],
                style: "attention"));
        body.AddRange(view.Items.Select(i => Entry(i, view.SnoozeDays)));
        if (view.More > 0) body.Add(AdaptiveCard.Text($"…and {view.More} more. Type **meetings** for all open action items.", isSubtle: true, size: "Small"));
        body.Add(AdaptiveCard.Text("Type **reminders off** to stop these messages.", isSubtle: true, size: "Small", separator: true));
        return AdaptiveCard.Create(body);
    }

    private static JsonObject Entry(OpenActionLine item, int snoozeDays)
    {
        var due = item.Overdue ? $"OVERDUE since {item.Due}" : $"due {item.Due}";
        var text = AdaptiveCard.Container(
        [
            AdaptiveCard.UserText(item.What),
            AdaptiveCard.Text(Markdown.Escape($"{item.Owner} · {due} · {item.Meeting}"), size: "Small",
                weight: item.Overdue ? "Bolder" : null, isSubtle: !item.Overdue),
        ]);
        var data = new JsonObject { [PartitionKey] = item.PartitionKey, [RowKey] = item.RowKey, [ETag] = item.ETag };
        var buttons = AdaptiveCard.Actions(
            AdaptiveCard.Execute("Done", CardVerbs.ReminderDone, data, validate: false),
            AdaptiveCard.Execute($"Snooze {snoozeDays} days", CardVerbs.ReminderSnooze, data.DeepClone().AsObject(), validate: false));
        return AdaptiveCard.Container([text, buttons], separator: true);
    }
}
