using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StakeholderBot.Dialogs.Reminders;

namespace StakeholderBot.Dialogs.Proactive;

public static class ProactiveServiceCollectionExtensions
{
    // What the bot sends unasked, and when. The host adds the IProactiveSender that delivers it.
    public static IServiceCollection AddSchedules(this IServiceCollection services)
    {
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ScheduleOptions>>().Value);
        services.AddSingleton<ManagerDirectory>();
        services.AddSingleton<ActionItemsDue>();
        services.AddSingleton<ActionReminders>();
        services.AddSingleton<RemindersFlow>();
        services.AddSingleton<SurveyNudges>();
        services.AddHostedService<ScheduleService>();
        return services;
    }
}
