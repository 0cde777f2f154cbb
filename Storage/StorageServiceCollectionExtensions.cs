using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.Proactive;
using StakeholderBot.Storage.State;

namespace StakeholderBot.Storage;

public static class StorageServiceCollectionExtensions
{
    // Nothing here touches the network: tables are created on first use.
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<StorageOptions>().CreateServiceClient());
        services.AddSingleton(sp => sp.GetRequiredService<StorageOptions>().CreateBlobServiceClient());
        services.AddSingleton<StorageTables>();
        services.AddSingleton<ConversationStateStore>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ManagerProfileStore>();
        services.AddSingleton<SendLedger>();
        services.AddSingleton<Limits.QuestionCounts>();
        services.AddSingleton<OpenSurveyStore>();
        services.AddSingleton<StakeholderBot.Storage.Surveys.SurveyInvitationStore>();
        return services;
    }
}
