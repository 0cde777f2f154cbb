namespace StakeholderBot.Dialogs.Proactive;

// Section Reminders: when the bot speaks first. Hour is local to each recipient (the time zone their Teams client
// reports); every instance checks every CheckSeconds, and the send ledger lets only one of them send each message.
public sealed class ScheduleOptions
{
    public const string Section = "Reminders";

    public bool Run { get; set; } = true;
    public int Hour { get; set; } = 8;
    public int DueWithinDays { get; set; } = 7;
    public int SnoozeDays { get; set; } = 7;
    public int NudgeAfterDays { get; set; } = 3;
    public int CheckSeconds { get; set; } = 60;
    public int LeaseSeconds { get; set; } = 600;
    public int SendsPerSecond { get; set; } = 10;

    public TimeSpan CheckInterval => TimeSpan.FromSeconds(CheckSeconds);
    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
