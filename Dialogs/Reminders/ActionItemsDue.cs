using System.Globalization;
using System.Text.Json.Nodes;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Cards.Reminders;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Dialogs.Proactive;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Reminders;

// Which open action items a manager is reminded of: those of the meetings they logged, not done, due within
// DueWithinDays of their today or overdue, and not snoozed past today. One read of every partition's open items
// serves every manager of a run.
public sealed class ActionItemsDue(MeetingStore meetings, ScheduleOptions options)
{
    // A card stays well under Teams' message size; the rest is counted and found with `meetings`.
    public const int MaxOnCard = 15;

    public sealed record Due(Meeting Meeting, ActionItem Item);

    // Every open action item, by the user key of whoever logged its meeting.
    public async Task<IReadOnlyDictionary<string, List<Due>>> OpenByManagerAsync(CancellationToken cancellationToken)
    {
        var partners = await meetings.PartnersAsync(cancellationToken);
        var open = new Dictionary<string, List<Due>>(StringComparer.Ordinal);
        await meetings.ReadAsync(partners.Select(p => p.PartitionKey), DateOnly.MinValue, DateOnly.MaxValue.AddDays(-1), MeetingColumns.Summary,
            meeting =>
            {
                foreach (var item in meeting.ActionItems.Where(i => !i.Done))
                {
                    if (!open.TryGetValue(meeting.LoggedBy, out var list)) open[meeting.LoggedBy] = list = [];
                    list.Add(new Due(meeting, item));
                }
            }, cancellationToken);
        return open;
    }

    public IReadOnlyList<Due> DueOn(IEnumerable<Due> open, DateOnly today) => open
        .Where(d => !d.Item.Done && d.Item.Due <= today.AddDays(options.DueWithinDays) && !(d.Item.SnoozedUntil > today))
        .OrderBy(d => d.Item.Due).ThenBy(d => d.Meeting.Date).ThenBy(d => d.Item.What, StringComparer.Ordinal)
        .ToList();

    public JsonObject Card(IReadOnlyList<Due> due, DateOnly today, string? notice = null) => ReminderCard.Build(new ReminderView(
        today.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
        due.Take(MaxOnCard).Select(d => MeetingSummaryViewBuilder.ActionLineOf(d.Meeting, d.Item, today)).ToList(),
        Math.Max(0, due.Count - MaxOnCard), options.DueWithinDays, options.SnoozeDays, notice));
}
