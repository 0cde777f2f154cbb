using Microsoft.Extensions.Options;

namespace StakeholderBot.Bot.Connector;

// Checked at start-up; each failure names its key.
public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var failures = new List<string>();
        Positive(nameof(options.Capacity), options.Capacity);
        Positive(nameof(options.MaxAttempts), options.MaxAttempts);
        Positive(nameof(options.BudgetSeconds), options.BudgetSeconds);
        Positive(nameof(options.ParallelSends), options.ParallelSends);
        Positive(nameof(options.FlushSeconds), options.FlushSeconds);
        Positive(nameof(options.FirstBackoffMs), options.FirstBackoffMs);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Positive(string key, int value)
        {
            if (value <= 0) failures.Add($"{OutboxOptions.Section}:{key} must be a positive whole number, got '{value}'.");
        }
    }
}
