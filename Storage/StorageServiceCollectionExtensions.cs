using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.State;

namespace StakeholderBot.Storage;

public static class StorageServiceCollectionExtensions
{
    // Reads Storage:* keys; a bad value throws with the key's name so start-up stops clearly.
    // Nothing here touches the network: tables are created on first use.
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = StorageOptions.From(configuration);
        var client = options.CreateServiceClient();
        services.AddSingleton(options);
        services.AddSingleton(client);
        services.AddSingleton<StorageTables>();
        services.AddSingleton<ConversationStateStore>();
        services.AddSingleton<ConversationReferenceStore>();
        return services;
    }
}
