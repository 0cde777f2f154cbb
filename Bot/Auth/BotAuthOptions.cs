namespace StakeholderBot.Bot.Auth;

public enum BotAppType { MultiTenant, SingleTenant, UserAssignedMSI }

// The bot's identity, from the MicrosoftApp* keys Azure Bot Service uses (bound at the configuration root); an empty
// AppId means local development without auth. Blank values read as not set.
public sealed class BotAuthOptions
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    [ConfigurationKeyName("MicrosoftAppType")]
    public BotAppType AppType { get; set; } = BotAppType.MultiTenant;

    [ConfigurationKeyName("MicrosoftAppId")]
    public string? AppId { get; set => field = Blank(value); }

    [ConfigurationKeyName("MicrosoftAppPassword")]
    public string? AppPassword { get; set => field = Blank(value); }

    [ConfigurationKeyName("MicrosoftAppTenantId")]
    public string? TenantId { get; set => field = Blank(value); }

    [ConfigurationKeyName("Teams:AllowedTenants")]
    public List<string> AllowedTenants { get; set; } = [];

    [ConfigurationKeyName("Auth:BotFrameworkMetadataUrl")]
    public string BotFrameworkMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [ConfigurationKeyName("Auth:EntraMetadataUrlTemplate")]
    public string EntraMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{0}/v2.0/.well-known/openid-configuration";

    // Only tests serve metadata over plain http.
    [ConfigurationKeyName("Auth:AllowHttpMetadata")]
    public bool AllowHttpMetadata { get; set; }

    public bool RequireHttpsMetadata => !AllowHttpMetadata;

    public bool AuthEnabled => AppId is not null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
