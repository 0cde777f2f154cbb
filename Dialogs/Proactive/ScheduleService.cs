using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Dialogs.Reminders;

namespace StakeholderBot.Dialogs.Proactive;

// Runs the schedules every CheckInterval in every instance (Reminders:Run); which instance sends a message is
// decided per message in the send ledger, so running more of these sends nothing twice.
public sealed class ScheduleService(ActionReminders reminders, SurveyNudges nudges, ScheduleOptions options, TimeProvider time,
    ILogger<ScheduleService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Run) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunAsync("action-item reminders", reminders.RunAsync, stoppingToken);
            await RunAsync("survey nudges", nudges.RunAsync, stoppingToken);
            await Task.Delay(options.CheckInterval, time, stoppingToken);
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
