using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StakeholderBot.Dialogs.Ask;
using StakeholderBot.Dialogs.Demo;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Dialogs.Survey;
using StakeholderBot.Dialogs.Welcome;
using StakeholderBot.Knowledge;
using StakeholderBot.Storage;

namespace StakeholderBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    // The host calls only this: flows plus the storage and knowledge they are built on.
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = DialogOptions.From(configuration);
        services.AddStorage(configuration);
        services.AddKnowledge(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(new AccessPolicy(options.ProjectManagers));
        services.AddSingleton(new ExportLinks(options.PublicBaseUrl, options.ExportSigningKey));
        services.AddSingleton<ConversationDirectory>();
        services.AddSingleton<WelcomeFlow>();
        services.AddAsk();
        services.AddSurveys(configuration);
        services.AddSingleton<SurveyFlow>();
        services.AddMeetings(configuration);
        if (ExampleData.Wanted(configuration)) services.AddHostedService<ExampleData>();
        return services;
    }
}
