namespace StakeholderBot.Bot.Connector;

// Section Connector:Outbox, the limits of the reply outbox. The budget covers one reply's attempts and waits from its
// first attempt (in the turn); Teams' Retry-After for a throttled conversation is seconds to a minute, so 5 minutes
// and 8 attempts outlast a throttling burst without keeping a stale answer around for long.
public sealed class OutboxOptions
{
    public const string Section = "Connector:Outbox";

    public int Capacity { get; set; } = 10_000;
    public int MaxAttempts { get; set; } = 8;
    public int BudgetSeconds { get; set; } = 300;
    public int ParallelSends { get; set; } = 8;
    public int FlushSeconds { get; set; } = 5;
    public int FirstBackoffMs { get; set; } = 1000;

    public TimeSpan ReplyBudget => TimeSpan.FromSeconds(BudgetSeconds);
    public TimeSpan ShutdownFlush => TimeSpan.FromSeconds(FlushSeconds);
    public TimeSpan Backoff => TimeSpan.FromMilliseconds(FirstBackoffMs);

    public RetryPolicy Retry => new(MaxAttempts, ReplyBudget, Backoff);
}
