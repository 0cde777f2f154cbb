namespace StakeholderBot.Bot.Auth;

public sealed record TrustedIssuer(string Issuer, string MetadataUrl, bool IsBotConnector);

// The token's unverified issuer picks the key set to verify it with; anything unknown is refused.
public static class TokenIssuers
{
    public static TrustedIssuer? Classify(string? issuer, BotAuthOptions options)
    {
        if (issuer == BotAuthOptions.BotFrameworkIssuer)
            return new TrustedIssuer(issuer, options.BotFrameworkMetadataUrl, IsBotConnector: true);
        // Entra-issued tokens are trusted only from the bot's own tenant, for SingleTenant and MSI bots.
        if (options.AppType == BotAppType.MultiTenant || options.TenantId is not { } tenant) return null;
        string[] tenantIssuers = [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];
        return tenantIssuers.Contains(issuer, StringComparer.OrdinalIgnoreCase)
            ? new TrustedIssuer(issuer!, string.Format(options.EntraMetadataUrlTemplate, tenant), IsBotConnector: false)
            : null;
    }
}
