using System.IdentityModel.Tokens.Jwt;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using StakeholderBot.Bot.Protocol;

namespace StakeholderBot.Bot.Auth;

public sealed record AuthVerdict(int Status, string? Problem)
{
    public static AuthVerdict Allowed { get; } = new(200, null);
    public bool IsAllowed => Status == 200;
    public static AuthVerdict Unauthorized(string problem) => new(401, problem);
    public static AuthVerdict Forbidden(string problem) => new(403, problem);
}

// Inbound Bot Framework authentication: Bot Connector tokens (iss api.botframework.com, endorsed keys, a serviceurl
// claim) and, for SingleTenant / UserAssignedMSI bots, Entra tokens of the bot's tenant requested by an allowed
// caller app. Then the activity itself: an allowed tenant and channel, and a service URL replies may go to.
public sealed class BotAuthenticator(BotAuthOptions options, OpenIdKeySource keys, ServiceUrlTrust serviceUrls, ILogger<BotAuthenticator> logger)
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private const int MaxTokenLength = 16 * 1024;

    // Checked before the body is read: with an app id configured, no token means no entry.
    public AuthVerdict CheckHeader(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
            return options.AuthEnabled ? AuthVerdict.Unauthorized("Authorization header missing.") : AuthVerdict.Allowed;
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? AuthVerdict.Allowed
            : AuthVerdict.Unauthorized("Authorization must be a Bearer token.");
    }

    public async Task<AuthVerdict> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        var verdict = string.IsNullOrEmpty(authorization)
            ? AuthVerdict.Allowed // only reachable without an app id: CheckHeader refused it otherwise
            : await ValidateTokenAsync(authorization["Bearer ".Length..].Trim(), activity, cancellationToken);
        if (verdict.IsAllowed) verdict = CheckActivity(activity);
        // Everything in the activity is the sender's word: clipped, so a rejected request cannot flood the log.
        if (!verdict.IsAllowed)
            logger.LogWarning("Rejected activity {ActivityId} on channel {ChannelId}: {Status} {Problem}",
                LogText.Clip(activity.Id), LogText.Clip(activity.ChannelId), verdict.Status, verdict.Problem);
        return verdict;
    }

    private AuthVerdict CheckActivity(Activity activity)
    {
        if (options.AllowedTenants.Count > 0 && !options.AllowedTenants.Contains(activity.TenantId ?? "", StringComparer.OrdinalIgnoreCase))
            return AuthVerdict.Forbidden("This tenant is not allowed to use the bot.");
        if (!options.AllowedChannels.Contains(activity.ChannelId ?? "", StringComparer.Ordinal))
            return AuthVerdict.Forbidden($"The bot serves the channels {string.Join(", ", options.AllowedChannels)} only.");
        // No service URL: nothing will be sent (an expectReplies turn answers in the response).
        if (!string.IsNullOrEmpty(activity.ServiceUrl) && !serviceUrls.IsTrusted(activity.ServiceUrl))
            return AuthVerdict.Forbidden("The activity's serviceUrl is not a trusted Bot Framework endpoint.");
        return AuthVerdict.Allowed;
    }

    private async Task<AuthVerdict> ValidateTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        // Bot tokens are signed JWTs (3 parts); encrypted or oversized tokens are refused before parsing.
        if (token.Length > MaxTokenLength || token.Count(c => c == '.') != 2) return AuthVerdict.Unauthorized("Malformed token.");
        var handler = new JwtSecurityTokenHandler { MapInboundClaims = false };
        JwtSecurityToken unverified;
        try { unverified = handler.ReadJwtToken(token); }
        catch (Exception e) when (e is ArgumentException or JsonException or FormatException) { return AuthVerdict.Unauthorized("Malformed token."); }

        var issuer = TokenIssuers.Classify(unverified.Issuer, options);
        if (issuer is null) return AuthVerdict.Unauthorized("Token issuer is not trusted.");
        if (!AllowedAlgorithms.Contains(unverified.Header.Alg)) return AuthVerdict.Unauthorized("Token algorithm is not allowed.");
        if (string.IsNullOrEmpty(unverified.Header.Kid)) return AuthVerdict.Unauthorized("Token names no signing key.");

        JsonWebKey? key;
        try
        {
            key = await keys.FindKeyAsync(issuer.MetadataUrl, unverified.Header.Kid, cancellationToken);
            // Channels add keys without notice; only a token right in every other way may make the bot look again.
            if (key is null && LooksRight(unverified, issuer, activity))
                key = await keys.RefreshForKeyAsync(issuer.MetadataUrl, unverified.Header.Kid, cancellationToken);
        }
        catch (KeysUnavailableException)
        {
            return AuthVerdict.Unauthorized("Signing keys are unavailable.");
        }
        if (key is null) return AuthVerdict.Unauthorized("Token signing key is unknown.");

        try
        {
            handler.ValidateToken(token, Parameters(issuer.Issuer, key), out _);
        }
        catch (Exception e) when (e is SecurityTokenException or ArgumentException)
        {
            return AuthVerdict.Unauthorized("Token is not valid: " + e.GetType().Name.Replace("SecurityToken", "").Replace("Exception", ""));
        }

        // Signature checked: the claims read before are now the issuer's word.
        var serviceUrl = Claim(unverified, "serviceurl");
        if (issuer.IsBotConnector && serviceUrl is null) return AuthVerdict.Unauthorized("Token has no serviceurl claim.");
        if (serviceUrl is not null && !SameServiceUrl(serviceUrl, activity.ServiceUrl))
            return AuthVerdict.Forbidden("Token serviceurl does not match the activity.");
        if (issuer.IsBotConnector && !Endorses(key, activity.ChannelId))
            return AuthVerdict.Forbidden("Signing key is not endorsed for this channel.");
        if (!issuer.IsBotConnector && !IsAllowedCaller(unverified))
            return AuthVerdict.Forbidden("The app that requested this token is not allowed to call the bot.");
        if (serviceUrl is not null) serviceUrls.Vouch(serviceUrl);
        return AuthVerdict.Allowed;
    }

    // The checks a token must pass besides its signature, on its unverified claims: enough to tell a token that
    // only lacks a newly published key from junk, which must not trigger a metadata fetch.
    private bool LooksRight(JwtSecurityToken token, TrustedIssuer issuer, Activity activity)
    {
        var now = DateTime.UtcNow;
        if (!token.Audiences.Any(a => a == options.AppId || a == $"api://{options.AppId}")) return false;
        if (token.Payload.Expiration is null || token.ValidTo + ClockSkew < now || token.ValidFrom - ClockSkew > now) return false;
        return issuer.IsBotConnector
            ? Claim(token, "serviceurl") is { } url && SameServiceUrl(url, activity.ServiceUrl)
            : IsAllowedCaller(token);
    }

    // Entra v2 tokens name the requesting app in azp, v1 tokens in appid.
    private bool IsAllowedCaller(JwtSecurityToken token) =>
        (Claim(token, "azp") ?? Claim(token, "appid")) is { } caller && options.AllowedCallers.Contains(caller, StringComparer.OrdinalIgnoreCase);

    private static string? Claim(JwtSecurityToken token, string type) => token.Claims.FirstOrDefault(c => c.Type == type)?.Value;

    private TokenValidationParameters Parameters(string issuer, JsonWebKey key) => new()
    {
        ValidIssuer = issuer,
        ValidAudiences = [options.AppId!, $"api://{options.AppId}"],
        IssuerSigningKey = key,
        ValidAlgorithms = AllowedAlgorithms,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = true,
    };

    private static bool SameServiceUrl(string claim, string? activityServiceUrl) =>
        string.Equals(claim.TrimEnd('/'), activityServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    // The key that signed the token must be endorsed for the channel the activity says it came from.
    private static bool Endorses(JsonWebKey key, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId)) return true;
        if (!key.AdditionalData.TryGetValue("endorsements", out var value)) return false;
        var endorsements = value switch
        {
            IEnumerable<object> items => items.Select(i => i?.ToString()),
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(i => i.ToString()),
            _ => [],
        };
        return endorsements.Any(e => string.Equals(e, channelId, StringComparison.OrdinalIgnoreCase));
    }
}
