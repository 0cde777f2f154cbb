using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StakeholderBot.Dialogs.Ask;
using StakeholderBot.Dialogs.Demo;
using StakeholderBot.Dialogs.Documents;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Dialogs.Privacy;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Dialogs.Proactive;
using StakeholderBot.Dialogs.Survey;
using StakeholderBot.Dialogs.Welcome;

namespace StakeholderBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    // The flows. They are built on storage and knowledge, which the host adds itself (AddStorage, AddKnowledge).
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddOptions<DialogOptions>().BindConfiguration("")
            // A list may also be one separated string (an environment variable), which binding alone would miss.
            .Configure<IConfiguration>((options, configuration) =>
                options.ProjectManagers = ConfigList.Read(configuration, "Access:ProjectManagers"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DialogOptions>, DialogOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DialogOptions>>().Value);
        services.AddSingleton(sp => new AccessPolicy(sp.GetRequiredService<DialogOptions>().ProjectManagers));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<DialogOptions>();
            return new SignedLinks(options.PublicBaseUrl, SecretKeys.ConfiguredOrRandom(options.ExportSigningKey), options.DocumentLinkLifetime,
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ConversationDirectory>();
        services.AddPartners();
        services.AddSingleton<WelcomeFlow>();
        services.AddAsk();
        services.AddSurveys();
        services.AddSingleton<SurveyFlow>();
        services.AddMeetings();
        services.AddPrivacy();
        services.AddExampleData();
        services.AddDocuments();
        services.AddSchedules();
        return services;
    }
}
