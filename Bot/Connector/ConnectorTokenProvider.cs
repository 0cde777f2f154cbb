using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using StakeholderBot.Bot.Auth;

namespace StakeholderBot.Bot.Connector;

public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

// Tokens for https://api.botframework.com from MSAL, which caches them and refreshes before expiry.
// MultiTenant uses the botframework.com authority, SingleTenant the bot's tenant, MSI the managed identity.
public sealed class MsalConnectorTokenProvider(BotAuthOptions options) : IConnectorTokenProvider
{
    private const string Scope = "https://api.botframework.com/.default";
    private const string Resource = "https://api.botframework.com";
    private readonly Lazy<IConfidentialClientApplication?> confidential = new(() => CreateConfidential(options));
    private readonly Lazy<IManagedIdentityApplication?> managed = new(() => CreateManaged(options));

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (!options.AuthEnabled) return null;
        if (options.AppType == BotAppType.UserAssignedMSI)
            return (await managed.Value!.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(cancellationToken)).AccessToken;
        return (await confidential.Value!.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken)).AccessToken;
    }

    private static IConfidentialClientApplication? CreateConfidential(BotAuthOptions options) =>
        options.AppType == BotAppType.UserAssignedMSI || !options.AuthEnabled
            ? null
            : ConfidentialClientApplicationBuilder.Create(options.AppId)
                .WithClientSecret(options.AppPassword)
                .WithAuthority($"https://login.microsoftonline.com/{(options.AppType == BotAppType.SingleTenant ? options.TenantId : "botframework.com")}")
                .Build();

    private static IManagedIdentityApplication? CreateManaged(BotAuthOptions options) =>
        options.AppType != BotAppType.UserAssignedMSI || !options.AuthEnabled
            ? null
            : ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.AppId!)).Build();
}
