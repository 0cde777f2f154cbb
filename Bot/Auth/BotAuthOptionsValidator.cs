using Microsoft.Extensions.Options;

namespace StakeholderBot.Bot.Auth;

// Checked at start-up; each failure names its key.
public sealed class BotAuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        var failures = new List<string>();
        if (options.AppId is { } appId && !Guid.TryParse(appId, out _))
            failures.Add($"MicrosoftAppId must be the bot's app id (a GUID), got '{appId}'.");
        if (options.TenantId is { } tenantId && !Guid.TryParse(tenantId, out _))
            failures.Add($"MicrosoftAppTenantId must be a tenant id (a GUID), got '{tenantId}'.");
        if (options.AuthEnabled && Missing(options) is { } missing) failures.Add(missing);
        if (!options.AuthEnabled && !options.AllowUnauthenticated && !environment.IsDevelopment())
            failures.Add("MicrosoftAppId is not set, so anyone could post activities to the bot. Set MicrosoftAppId (with its credentials), " +
                $"or set Bot:AllowUnauthenticated=true to run without authentication in the {environment.EnvironmentName} environment.");
        if (options.AllowedCallers.FirstOrDefault(c => !Guid.TryParse(c, out _)) is { } caller)
            failures.Add($"Auth:AllowedCallers must list app ids (GUIDs), got '{caller}'.");
        // A bare host name: no scheme, port, path or wildcard, so that the list means exactly what it says.
        if (options.TrustedHosts.FirstOrDefault(h => Uri.CheckHostName(h) is not (UriHostNameType.Dns or UriHostNameType.IPv4)) is { } host)
            failures.Add($"Connector:TrustedHosts must list host names (like smba.trafficmanager.net), got '{host}'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? Missing(BotAuthOptions options) => options.AppType switch
    {
        BotAppType.MultiTenant when options.AppPassword is null => "MicrosoftAppPassword is required for a MultiTenant bot.",
        BotAppType.SingleTenant when options.AppPassword is null || options.TenantId is null =>
            "MicrosoftAppPassword and MicrosoftAppTenantId are required for a SingleTenant bot.",
        BotAppType.UserAssignedMSI when options.TenantId is null => "MicrosoftAppTenantId is required for a UserAssignedMSI bot.",
        BotAppType.UserAssignedMSI when options.AppPassword is not null => "MicrosoftAppPassword must not be set for a UserAssignedMSI bot.",
        _ => null,
    };
}
