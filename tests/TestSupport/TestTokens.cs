using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace StakeholderBot.TestSupport;

// Signing keys and tokens shaped like the Bot Connector's, for auth tests against a local OpenID endpoint.
public sealed class TestTokens
{
    public RSA Key { get; } = RSA.Create(2048);
    public RSA OtherKey { get; } = RSA.Create(2048);
    public string KeyId { get; } = "test-key-1";

    public string Create(string issuer, string audience, string? serviceUrl, DateTime? expires = null,
        string? keyId = null, RSA? signWith = null, string algorithm = SecurityAlgorithms.RsaSha256, string? tenantId = null,
        string? caller = null, string callerClaim = "azp")
    {
        var claims = new List<Claim>();
        if (serviceUrl is not null) claims.Add(new Claim("serviceurl", serviceUrl));
        if (tenantId is not null) claims.Add(new Claim("tid", tenantId));
        // Entra tokens name the app that requested them: azp (v2 tokens) or appid (v1).
        if (caller is not null) claims.Add(new Claim(callerClaim, caller));
        var credentials = new SigningCredentials(new RsaSecurityKey(signWith ?? Key) { KeyId = keyId ?? KeyId }, algorithm);
        var now = DateTime.UtcNow;
        var notBefore = expires is { } e && e < now ? e.AddMinutes(-30) : now.AddMinutes(-1);
        var token = new JwtSecurityToken(issuer, audience, claims, notBefore, expires ?? now.AddHours(1), credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    // A token whose header says alg "none" and that carries no signature.
    public static string Unsigned(string issuer, string audience, string serviceUrl)
    {
        static string B64(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return B64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." +
               B64($"{{\"iss\":\"{issuer}\",\"aud\":\"{audience}\",\"serviceurl\":\"{serviceUrl}\",\"exp\":{exp}}}") + ".";
    }

    public object Jwk(IEnumerable<string>? endorsements, RSA? key = null, string? keyId = null)
    {
        var p = (key ?? Key).ExportParameters(false);
        return new Dictionary<string, object?>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId ?? KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = endorsements?.ToArray(),
        };
    }
}
