using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StakeholderBot.Storage.Feedback;

namespace StakeholderBot.Dialogs.Ask;

public static class AskServiceCollectionExtensions
{
    public static IServiceCollection AddAsk(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AnswerFeedbackStore>();
        services.AddSingleton<AskMemory>();
        services.AddSingleton<AskFlow>();
        return services;
    }
}
