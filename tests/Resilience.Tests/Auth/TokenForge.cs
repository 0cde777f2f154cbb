using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace StakeholderBot.Resilience.Tests.Auth;

// Writes JWTs byte by byte, so every part a forger controls (header, claims, algorithm, signature) can be set
// to anything, including what a JWT library would refuse to produce.
public sealed class TokenForge(RSA key, string keyId)
{
    public RSA Key => key;

    public string KeyId => keyId;

    public Dictionary<string, object?> Header(string alg = "RS256") => new() { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = keyId };

    public static Dictionary<string, object?> Claims(string issuer, string audience, string? serviceUrl, string? tenant = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object?>
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        if (serviceUrl is not null) claims["serviceurl"] = serviceUrl;
        if (tenant is not null) claims["tid"] = tenant;
        return claims;
    }

    public string Sign(Dictionary<string, object?> header, Dictionary<string, object?> claims, RSA? with = null, byte[]? hmacKey = null)
    {
        var unsigned = Part(header) + "." + Part(claims);
        var data = Encoding.ASCII.GetBytes(unsigned);
        var alg = header.GetValueOrDefault("alg")?.ToString() ?? "";
        byte[] signature = alg switch
        {
            "HS256" => HMACSHA256.HashData(hmacKey ?? [], data),
            "RS384" => (with ?? key).SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
            "RS512" => (with ?? key).SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
            "PS256" => (with ?? key).SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
            "none" or "None" or "NONE" or "" => [],
            _ => (with ?? key).SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        };
        return unsigned + "." + Base64UrlEncoder.Encode(signature);
    }

    public static string Part(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));

    // The token with one of its three parts replaced, the signature left as it was.
    public static string Replace(string token, int part, string with)
    {
        var parts = token.Split('.');
        parts[part] = with;
        return string.Join('.', parts);
    }

    public object Jwk(RSA rsa, string kid, IEnumerable<string>? endorsements)
    {
        var p = rsa.ExportParameters(false);
        return new Dictionary<string, object?>
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = endorsements?.ToArray(),
        };
    }
}
