using Microsoft.Extensions.Options;
using StakeholderBot.Dialogs.Proactive;

namespace StakeholderBot.Bot.Connector;

// A send claim must outlast what one scheduled message can take in the outbox: starting a personal chat and then
// sending to it, each with its retries and waits (Connector:Outbox:BudgetSeconds). A shorter lease lets a second
// instance take the claim over while the first is still trying, and the message goes out twice.
public sealed class ScheduleLeaseValidator(IOptions<OutboxOptions> outbox) : IValidateOptions<ScheduleOptions>
{
    private const int SendsPerMessage = 2;

    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var needed = SendsPerMessage * outbox.Value.BudgetSeconds;
        return options.LeaseSeconds >= needed
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ScheduleOptions.Section}:LeaseSeconds must be at least {needed} ({SendsPerMessage} x " +
                $"{OutboxOptions.Section}:BudgetSeconds, the retries of starting a chat and sending to it), got '{options.LeaseSeconds}': " +
                "a shorter lease lets a second instance send the same message again.");
    }
}
