using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Dialogs.Ask;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Dialogs.Survey;
using StakeholderBot.Dialogs.Welcome;

namespace StakeholderBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddDialogs(this IServiceCollection services, DialogOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(new AccessPolicy(options.ProjectManagers));
        services.AddSingleton<WelcomeFlow>();
        services.AddSingleton<AskFlow>();
        services.AddSingleton<SurveyFlow>();
        services.AddSingleton<MeetingFlow>();
        return services;
    }
}
