using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Knowledge;

namespace StakeholderBot.Bot.Tests;

// Signed links as the host makes them, for tests that open a document without asking a question first.
public static class SignedPaths
{
    public static string Document(IServiceProvider services, string path, Audience reader = Audience.Stakeholders) =>
        services.GetRequiredService<SignedLinks>().Document(path, reader).PathAndQuery;
}
