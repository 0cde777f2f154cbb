using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Dialogs.Reminders;
using StakeholderBot.Storage.Limits;
using StakeholderBot.Storage.Proactive;
using StakeholderBot.Storage.State;

namespace StakeholderBot.Dialogs.Proactive;

// Runs the schedules every CheckInterval in every instance (Reminders:Run); which instance sends a message is
// decided per message in the send ledger, so running more of these sends nothing twice.
// Now and then each also removes what is kept only for a while: the send ledger's expired rows, old erase marks of
// conversation state, question counts out of their hour.
public sealed class ScheduleService(ActionReminders reminders, SurveyNudges nudges, SendLedger ledger, ConversationStateStore states,
    QuestionCounts questions, ScheduleOptions options, TimeProvider time, ILogger<ScheduleService> logger) : BackgroundService
{
    private static readonly TimeSpan TidyEvery = TimeSpan.FromHours(1);


    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Run) return;
        var tidied = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunAsync("action-item reminders", reminders.RunAsync, stoppingToken);
            await RunAsync("survey nudges", nudges.RunAsync, stoppingToken);
            if (time.GetUtcNow() - tidied >= TidyEvery && await TidyAsync(stoppingToken)) tidied = time.GetUtcNow();
            await Task.Delay(options.CheckInterval, time, stoppingToken);
        }
    }

    private async Task<bool> TidyAsync(CancellationToken stoppingToken)
    {
        try
        {
            var removed = await ledger.RemoveExpiredAsync(stoppingToken);
            if (removed > 0) logger.LogInformation("Removed {Count} send-ledger rows older than {Days} days", removed, SendLedger.Keep.TotalDays);
            var marks = await states.RemoveErasureMarksAsync(stoppingToken);
            if (marks > 0) logger.LogInformation("Removed {Count} erase marks of conversation state older than a day", marks);
            var counts = await questions.RemoveExpiredAsync(stoppingToken);
            if (counts > 0) logger.LogInformation("Removed {Count} question counts out of their hour", counts);
            return true;
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Removing expired send-ledger rows, erase marks or question counts failed, next try in {Interval}: {Error}", options.CheckInterval, e.Message);
            return false;
        }
    }

    // One schedule's failure (storage down) is logged and tried again next time; it never stops the others.
    private async Task RunAsync(string what, Func<CancellationToken, Task<int>> schedule, CancellationToken stoppingToken)
    {
        try
        {
            var sent = await schedule(stoppingToken);
            if (sent > 0) logger.LogInformation("Sent {Count} {What}", sent, what);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Sending {What} failed, next try in {Interval}: {Error}", what, options.CheckInterval, e.Message);
        }
    }
}
