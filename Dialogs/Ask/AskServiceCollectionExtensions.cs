using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Knowledge.Models;
using StakeholderBot.Storage.Feedback;

namespace StakeholderBot.Dialogs.Ask;

public static class AskServiceCollectionExtensions
{
    public static IServiceCollection AddAsk(this IServiceCollection services)
    {
        services.AddSingleton<AnswerFeedbackStore>();
        services.AddSingleton<AskMemory>();
        services.AddSingleton<AskFlow>();
        services.AddSingleton<IUserQuestionLimit, SharedQuestionLimit>();
        return services;
    }
}
