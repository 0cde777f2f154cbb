using Microsoft.Extensions.Options;

namespace StakeholderBot.Dialogs.Proactive;

// Checked at start-up; each failure names its key.
public sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var failures = new List<string>();
        Range(nameof(options.Hour), options.Hour, 0, 23);
        Range(nameof(options.DueWithinDays), options.DueWithinDays, 0, 90);
        Range(nameof(options.SnoozeDays), options.SnoozeDays, 1, 90);
        Range(nameof(options.NudgeAfterDays), options.NudgeAfterDays, 1, 90);
        Range(nameof(options.CheckSeconds), options.CheckSeconds, 5, 3600);
        Range(nameof(options.SendsPerSecond), options.SendsPerSecond, 1, 50);
        // The host also checks it against the outbox's retry budget (ScheduleLeaseValidator).
        Range(nameof(options.LeaseSeconds), options.LeaseSeconds, 60, 86_400);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Range(string key, int value, int min, int max)
        {
            if (value < min || value > max)
                failures.Add($"{ScheduleOptions.Section}:{key} must be a whole number from {min} to {max}, got '{value}'.");
        }
    }
}
