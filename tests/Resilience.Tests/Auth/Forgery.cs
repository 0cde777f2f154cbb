using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace StakeholderBot.Resilience.Tests.Auth;

public enum TargetBot { MultiTenant, SingleTenant }

// One forged request: what it changes (the Authorization header it returns, the activity, the raw body) and
// the status the bot must refuse it with.
public sealed record Forgery(string Name, int Status, Func<ForgeryContext, JsonObject, string?> Apply,
    TargetBot Bot = TargetBot.MultiTenant, Func<string, string>? RawBody = null);

public sealed class ForgeryContext(TokenForge forge, string appId, string tenant, string serviceUrl, string attackerUrl)
{
    public const string OtherTenant = "99999999-8888-4777-8666-555555555555";
    public const string OtherApp = "12345678-9abc-4def-8123-456789abcdef";
    public const string TeamsPlatform = "5a807f24-c9de-44ee-a3a7-329e88a00ffc";

    public TokenForge Forge => forge;
    public RSA Attacker { get; } = RSA.Create(2048);
    public string AppId => appId;
    public string Tenant => tenant;
    public string ServiceUrl => serviceUrl;
    public string AttackerUrl => attackerUrl;

    public Dictionary<string, object?> Claims(string? serviceUrlClaim = null) =>
        TokenForge.Claims(OpenIdStub.Connector, appId, serviceUrlClaim ?? serviceUrl);

    // An Entra token as Teams sends it to a SingleTenant bot: requested by the Teams platform app (azp).
    public Dictionary<string, object?> EntraClaims(string issuerTenant, string audience, string? caller = TeamsPlatform)
    {
        var claims = TokenForge.Claims($"https://login.microsoftonline.com/{issuerTenant}/v2.0", audience, null, issuerTenant);
        if (caller is not null) claims["azp"] = caller;
        return claims;
    }

    public string Valid() => forge.Sign(forge.Header(), Claims());

    public string With(Action<Dictionary<string, object?>> change)
    {
        var claims = Claims();
        change(claims);
        return forge.Sign(forge.Header(), claims);
    }

    public string WithHeader(Action<Dictionary<string, object?>> change, RSA? signWith = null, byte[]? hmacKey = null)
    {
        var header = forge.Header();
        change(header);
        return forge.Sign(header, Claims(), signWith, hmacKey);
    }
}
