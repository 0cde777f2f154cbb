namespace StakeholderBot.Bot.Auth;

public enum BotAppType { MultiTenant, SingleTenant, UserAssignedMSI }

// The bot's identity, read from MicrosoftApp* keys, and who may call it. Without an app id requests carry no token:
// allowed only in Development or when Bot:AllowUnauthenticated says so, since anyone could then post activities.
public sealed record BotAuthOptions(
    BotAppType AppType,
    string? AppId,
    string? AppPassword,
    string? TenantId,
    IReadOnlyList<string> AllowedTenants,
    string BotFrameworkMetadataUrl,
    string EntraMetadataUrlTemplate,
    bool RequireHttpsMetadata,
    IReadOnlyList<string> AllowedCallers,
    IReadOnlyList<string> AllowedChannels)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    // The Microsoft 365 (Agent 365) platform app that requests the Entra tokens Teams sends to SingleTenant and MSI
    // bots: the caller in their azp or appid claim. Any other app of the tenant can get a token for the bot too.
    public const string TeamsPlatformAppId = "5a807f24-c9de-44ee-a3a7-329e88a00ffc";

    public bool AuthEnabled => !string.IsNullOrEmpty(AppId);

    public static BotAuthOptions From(IConfiguration configuration, IHostEnvironment environment)
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
        else if (!environment.IsDevelopment() && !Flag(configuration, "Bot:AllowUnauthenticated"))
        {
            throw new InvalidOperationException(
                $"MicrosoftAppId is not set, so anyone could post activities to the bot. Set MicrosoftAppId (with its credentials), " +
                $"or set Bot:AllowUnauthenticated=true to run without authentication in the {environment.EnvironmentName} environment.");
        }

        var callers = Dialogs.ConfigList.Read(configuration, "Auth:AllowedCallers");
        if (callers.FirstOrDefault(c => !Guid.TryParse(c, out _)) is { } badCaller)
            throw new InvalidOperationException($"Auth:AllowedCallers must list app ids (GUIDs), got '{badCaller}'.");
        var channels = Dialogs.ConfigList.Read(configuration, "Bot:AllowedChannels");

        return new BotAuthOptions(appType, appId, password, tenantId, Dialogs.ConfigList.Read(configuration, "Teams:AllowedTenants"),
            configuration["Auth:BotFrameworkMetadataUrl"] ?? "https://login.botframework.com/v1/.well-known/openidconfiguration",
            configuration["Auth:EntraMetadataUrlTemplate"] ?? "https://login.microsoftonline.com/{0}/v2.0/.well-known/openid-configuration",
            !Flag(configuration, "Auth:AllowHttpMetadata"),
            callers.Count > 0 ? callers : [TeamsPlatformAppId],
            channels.Count > 0 ? channels : ["msteams"]);
    }

    private static bool Flag(IConfiguration configuration, string key)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return false;
        return bool.TryParse(text, out var value)
            ? value
            : throw new InvalidOperationException($"{key} must be true or false, got '{text}'.");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
