using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Dialogs.Reminders;

namespace StakeholderBot.Dialogs.Proactive;

// Runs the schedules every CheckInterval in every instance (Reminders:Run); which instance sends a message is
// decided per message in the send ledger, so running more of these sends nothing twice.
public sealed class ScheduleService(ActionReminders reminders, ScheduleOptions options, TimeProvider time, ILogger<ScheduleService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Run) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await reminders.RunAsync(stoppingToken);
                if (sent > 0) logger.LogInformation("Sent {Count} action-item reminders", sent);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Action-item reminders failed, next try in {Interval}: {Error}", options.CheckInterval, e.Message);
            }
            await Task.Delay(options.CheckInterval, time, stoppingToken);
        }
    }
}
