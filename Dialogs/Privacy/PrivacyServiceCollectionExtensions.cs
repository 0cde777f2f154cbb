using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Storage.Privacy;

namespace StakeholderBot.Dialogs.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<RespondentDataStore>();
        services.AddSingleton<PersonalDataFlow>();
        return services;
    }
}
