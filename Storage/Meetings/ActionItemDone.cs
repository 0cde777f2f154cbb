namespace StakeholderBot.Storage.Meetings;

// What closing an action item merges into its row, and nothing else.
public sealed class ActionItemDone : TableRow
{
    public bool Done { get; set; }
    public string DoneBy { get; set; } = "";
    public DateTimeOffset DoneUtc { get; set; }
}

// What snoozing an action item's reminders merges into its row, and nothing else.
public sealed class ActionItemSnooze : TableRow
{
    public string SnoozedUntil { get; set; } = "";
    public string SnoozedBy { get; set; } = "";
}
