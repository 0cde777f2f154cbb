using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
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

// Inbound Bot Framework authentication: Bot Connector tokens (iss api.botframework.com, endorsed keys)
// and Entra tokens from the bot's own tenant for SingleTenant / UserAssignedMSI bots.
public sealed class BotAuthenticator(BotAuthOptions options, OpenIdKeySource keys, ILogger<BotAuthenticator> logger)
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
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
        if (verdict.IsAllowed && options.AllowedTenants.Count > 0
            && !options.AllowedTenants.Contains(activity.TenantId ?? "", StringComparer.OrdinalIgnoreCase))
            verdict = AuthVerdict.Forbidden("This tenant is not allowed to use the bot.");
        if (!verdict.IsAllowed) logger.LogWarning("Rejected activity {ActivityId}: {Status} {Problem}", activity.Id, verdict.Status, verdict.Problem);
        return verdict;
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

        JsonWebKey? key;
        try { key = await keys.FindKeyAsync(issuer.MetadataUrl, unverified.Header.Kid, cancellationToken); }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            logger.LogError(e, "OpenID metadata {Url} could not be loaded", issuer.MetadataUrl);
            return AuthVerdict.Unauthorized("Signing keys are unavailable.");
        }
        if (key is null) return AuthVerdict.Unauthorized("Token signing key is unknown.");

        ClaimsPrincipal principal;
        try
        {
            principal = handler.ValidateToken(token, Parameters(issuer.Issuer, key), out _);
        }
        catch (Exception e) when (e is SecurityTokenException or ArgumentException)
        {
            return AuthVerdict.Unauthorized("Token is not valid: " + e.GetType().Name.Replace("SecurityToken", "").Replace("Exception", ""));
        }

        var serviceUrl = principal.FindFirst("serviceurl")?.Value;
        if (issuer.IsBotConnector && serviceUrl is null) return AuthVerdict.Unauthorized("Token has no serviceurl claim.");
        if (serviceUrl is not null && !SameServiceUrl(serviceUrl, activity.ServiceUrl))
            return AuthVerdict.Forbidden("Token serviceurl does not match the activity.");
        if (issuer.IsBotConnector && !Endorses(key, activity.ChannelId))
            return AuthVerdict.Forbidden("Signing key is not endorsed for this channel.");
        return AuthVerdict.Allowed;
    }

    private TokenValidationParameters Parameters(string issuer, JsonWebKey key) => new()
    {
        ValidIssuer = issuer,
        ValidAudiences = [options.AppId!, $"api://{options.AppId}"],
        IssuerSigningKey = key,
        ValidAlgorithms = AllowedAlgorithms,
        ClockSkew = TimeSpan.FromMinutes(5),
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
