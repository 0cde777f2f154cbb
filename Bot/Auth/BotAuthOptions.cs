namespace StakeholderBot.Bot.Auth;

public enum BotAppType { MultiTenant, SingleTenant, UserAssignedMSI }

// The bot's identity, from the MicrosoftApp* keys Azure Bot Service uses (bound at the configuration root), and who
// may call it and where its replies may go. Without an app id requests carry no token: allowed only in Development
// or when Bot:AllowUnauthenticated says so (BotAuthOptionsValidator), since anyone could then post activities.
// Blank values read as not set.
public sealed class BotAuthOptions
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    // The Microsoft 365 (Agent 365) platform app that requests the Entra tokens Teams sends to SingleTenant and MSI
    // bots: the caller in their azp or appid claim. Any other app of the tenant can get a token for the bot too.
    public const string TeamsPlatformAppId = "5a807f24-c9de-44ee-a3a7-329e88a00ffc";

    public static readonly IReadOnlyList<string> DefaultChannels = ["msteams"];

    [ConfigurationKeyName("MicrosoftAppType")]
    public BotAppType AppType { get; set; } = BotAppType.MultiTenant;

    [ConfigurationKeyName("MicrosoftAppId")]
    public string? AppId { get; set => field = Blank(value); }

    [ConfigurationKeyName("MicrosoftAppPassword")]
    public string? AppPassword { get; set => field = Blank(value); }

    [ConfigurationKeyName("MicrosoftAppTenantId")]
    public string? TenantId { get; set => field = Blank(value); }

    [ConfigurationKeyName("Bot:AllowUnauthenticated")]
    public bool AllowUnauthenticated { get; set; }

    [ConfigurationKeyName("Teams:AllowedTenants")]
    public List<string> AllowedTenants { get; set; } = [];

    // The lists below are read with ConfigList (AddBot); empty means their defaults.
    [ConfigurationKeyName("Auth:AllowedCallers")]
    public List<string> AllowedCallers { get; set; } = [TeamsPlatformAppId];

    [ConfigurationKeyName("Bot:AllowedChannels")]
    public List<string> AllowedChannels { get; set; } = [.. DefaultChannels];

    [ConfigurationKeyName("Connector:TrustedHosts")]
    public List<string> TrustedHosts { get; set; } = [.. ServiceUrlTrust.DefaultHosts];

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
