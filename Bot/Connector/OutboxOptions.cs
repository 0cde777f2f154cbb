using System.Globalization;

namespace StakeholderBot.Bot.Connector;

// Limits of the reply outbox (section Connector:Outbox). Budget covers one reply's attempts and waits from its
// first attempt (in the turn); Teams' Retry-After for a throttled conversation is seconds to a minute, so 5 minutes
// and 8 attempts outlast a throttling burst without keeping a stale answer around for long.
public sealed record OutboxOptions(
    int Capacity = 10_000,
    int MaxAttempts = 8,
    TimeSpan? Budget = null,
    int ParallelSends = 8,
    TimeSpan? FlushTime = null,
    TimeSpan? FirstBackoff = null)
{
    public TimeSpan ReplyBudget => Budget ?? TimeSpan.FromMinutes(5);
    public TimeSpan ShutdownFlush => FlushTime ?? TimeSpan.FromSeconds(5);
    public TimeSpan Backoff => FirstBackoff ?? TimeSpan.FromSeconds(1);

    public RetryPolicy Retry => new(MaxAttempts, ReplyBudget, Backoff);

    public static OutboxOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Connector:Outbox");
        return new OutboxOptions(
            Positive(section, "Capacity", 10_000),
            Positive(section, "MaxAttempts", 8),
            TimeSpan.FromSeconds(Positive(section, "BudgetSeconds", 300)),
            Positive(section, "ParallelSends", 8),
            TimeSpan.FromSeconds(Positive(section, "FlushSeconds", 5)),
            TimeSpan.FromMilliseconds(Positive(section, "FirstBackoffMs", 1000)));
    }

    private static int Positive(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0) return value;
        throw new InvalidOperationException($"{section.Path}:{key} must be a positive whole number, got '{text}'.");
    }
}
