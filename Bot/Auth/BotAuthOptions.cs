namespace StakeholderBot.Bot.Auth;

public enum BotAppType { MultiTenant, SingleTenant, UserAssignedMSI }

// The bot's identity, read from MicrosoftApp* keys; an empty AppId means local development without auth.
public sealed record BotAuthOptions(
    BotAppType AppType,
    string? AppId,
    string? AppPassword,
    string? TenantId,
    IReadOnlyList<string> AllowedTenants,
    string BotFrameworkMetadataUrl,
    string EntraMetadataUrlTemplate,
    bool RequireHttpsMetadata)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public bool AuthEnabled => !string.IsNullOrEmpty(AppId);

    public static BotAuthOptions From(IConfiguration configuration)
    {
        var typeText = configuration["MicrosoftAppType"];
        var appType = BotAppType.MultiTenant;
        if (!string.IsNullOrWhiteSpace(typeText) && !Enum.TryParse(typeText, ignoreCase: true, out appType))
            throw new InvalidOperationException($"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI, got '{typeText}'.");

        var appId = Blank(configuration["MicrosoftAppId"]);
        var password = Blank(configuration["MicrosoftAppPassword"]);
        var tenantId = Blank(configuration["MicrosoftAppTenantId"]);
        if (appId is not null && !Guid.TryParse(appId, out _))
            throw new InvalidOperationException($"MicrosoftAppId must be the bot's app id (a GUID), got '{appId}'.");
        if (tenantId is not null && !Guid.TryParse(tenantId, out _))
            throw new InvalidOperationException($"MicrosoftAppTenantId must be a tenant id (a GUID), got '{tenantId}'.");
        if (appId is not null)
        {
            switch (appType)
            {
                case BotAppType.MultiTenant when password is null:
                    throw new InvalidOperationException("MicrosoftAppPassword is required for a MultiTenant bot.");
                case BotAppType.SingleTenant when password is null || tenantId is null:
                    throw new InvalidOperationException("MicrosoftAppPassword and MicrosoftAppTenantId are required for a SingleTenant bot.");
                case BotAppType.UserAssignedMSI when tenantId is null:
                    throw new InvalidOperationException("MicrosoftAppTenantId is required for a UserAssignedMSI bot.");
                case BotAppType.UserAssignedMSI when password is not null:
                    throw new InvalidOperationException("MicrosoftAppPassword must not be set for a UserAssignedMSI bot.");
            }
        }

        var allowed = Dialogs.ConfigList.Read(configuration, "Teams:AllowedTenants");

        return new BotAuthOptions(appType, appId, password, tenantId, allowed,
            configuration["Auth:BotFrameworkMetadataUrl"] ?? "https://login.botframework.com/v1/.well-known/openidconfiguration",
            configuration["Auth:EntraMetadataUrlTemplate"] ?? "https://login.microsoftonline.com/{0}/v2.0/.well-known/openid-configuration",
            !string.Equals(configuration["Auth:AllowHttpMetadata"], "true", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
