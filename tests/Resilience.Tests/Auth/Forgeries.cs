using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace StakeholderBot.Resilience.Tests.Auth;

// Forged and replayed tokens, one group per validation rule of the host (Bot/Auth/BotAuthenticator.cs).
public static class Forgeries
{
    private static string Bearer(string token) => "Bearer " + token;

    private static Forgery Token(string name, int status, Func<ForgeryContext, string> token, TargetBot bot = TargetBot.MultiTenant) =>
        new(name, status, (c, _) => Bearer(token(c)), bot);

    private static Forgery Body(string name, int status, Action<ForgeryContext, JsonObject> change) =>
        new(name, status, (c, a) => { change(c, a); return Bearer(c.Valid()); });

    public static IEnumerable<Forgery> All() =>
        Issuers().Concat(Audiences()).Concat(Lifetimes()).Concat(Signatures()).Concat(Algorithms()).Concat(KeyIds())
            .Concat(ServiceUrls()).Concat(Endorsements()).Concat(Tenants()).Concat(Headers()).Concat(Entra());

    private static IEnumerable<Forgery> Issuers()
    {
        string[] issuers = ["https://api.botframework.com/", "http://api.botframework.com", "https://api.botframework.com.evil.example",
            "https://API.BOTFRAMEWORK.COM", "https://login.botframework.com", "", "https://api.botframework.com\u0000",
            $"https://sts.windows.net/{ForgeryContext.OtherTenant}/"];
        foreach (var issuer in issuers) yield return Token($"issuer '{issuer}'", 401, c => c.With(x => x["iss"] = issuer));
        yield return Token("no issuer", 401, c => c.With(x => x.Remove("iss")));
        yield return Token("Entra issuer at a MultiTenant bot", 401, c => c.With(x => x["iss"] = $"https://login.microsoftonline.com/{c.Tenant}/v2.0"));
    }

    private static IEnumerable<Forgery> Audiences()
    {
        yield return Token("audience of another app", 401, c => c.With(x => x["aud"] = ForgeryContext.OtherApp));
        yield return Token("empty audience", 401, c => c.With(x => x["aud"] = ""));
        yield return Token("no audience", 401, c => c.With(x => x.Remove("aud")));
        yield return Token("api:// of another app", 401, c => c.With(x => x["aud"] = "api://" + ForgeryContext.OtherApp));
        yield return Token("app id with a suffix", 401, c => c.With(x => x["aud"] = c.AppId + "0"));
        yield return Token("connector as audience", 401, c => c.With(x => x["aud"] = OpenIdStub.Connector));
        yield return Token("audience list without the app", 401, c => c.With(x => x["aud"] = new[] { ForgeryContext.OtherApp, "x" }));
    }

    private static IEnumerable<Forgery> Lifetimes()
    {
        long At(TimeSpan offset) => DateTimeOffset.UtcNow.Add(offset).ToUnixTimeSeconds();
        yield return Token("expired beyond the 5 min skew", 401, c => c.With(x => { x["exp"] = At(TimeSpan.FromMinutes(-6)); x["nbf"] = At(TimeSpan.FromHours(-1)); }));
        yield return Token("expired a day ago", 401, c => c.With(x => { x["exp"] = At(TimeSpan.FromDays(-1)); x["nbf"] = At(TimeSpan.FromDays(-2)); }));
        yield return Token("no expiry", 401, c => c.With(x => x.Remove("exp")));
        yield return Token("not valid for 10 more minutes", 401, c => c.With(x => x["nbf"] = At(TimeSpan.FromMinutes(10))));
        yield return Token("not valid until tomorrow", 401, c => c.With(x => x["nbf"] = At(TimeSpan.FromDays(1))));
        yield return Token("expiry zero", 401, c => c.With(x => x["exp"] = 0));
        yield return Token("expiry as text", 401, c => c.With(x => x["exp"] = "never"));
        yield return Token("expiry beyond any date", 401, c => c.With(x => x["exp"] = 1e20));
    }

    private static IEnumerable<Forgery> Signatures()
    {
        yield return Token("signed by another key under the real kid", 401, c => c.WithHeader(_ => { }, c.Attacker));
        yield return Token("signature with a flipped bit", 401, c =>
        {
            var token = c.Valid();
            var signature = Base64UrlEncoder.DecodeBytes(token.Split('.')[2]);
            signature[10] ^= 1;
            return TokenForge.Replace(token, 2, Base64UrlEncoder.Encode(signature));
        });
        yield return Token("signature removed", 401, c => TokenForge.Replace(c.Valid(), 2, ""));
        yield return Token("signature of another token", 401, c =>
            TokenForge.Replace(c.Forge.Sign(c.Forge.Header(), c.Claims("https://evil.example.com/")), 2, c.Valid().Split('.')[2]));
        yield return Token("serviceurl changed after signing", 401, c => TokenForge.Replace(c.Valid(), 1, TokenForge.Part(c.Claims("https://evil.example.com/"))));
        yield return Token("audience changed after signing", 401, c =>
        {
            var claims = c.Claims();
            claims["aud"] = ForgeryContext.OtherApp;
            return TokenForge.Replace(c.Forge.Sign(c.Forge.Header(), claims), 1, TokenForge.Part(c.Claims()));
        });
        yield return Token("expiry extended after signing", 401, c =>
        {
            var claims = c.Claims();
            claims["exp"] = DateTimeOffset.UtcNow.AddYears(5).ToUnixTimeSeconds();
            return TokenForge.Replace(c.Valid(), 1, TokenForge.Part(claims));
        });
        yield return Token("two parts", 401, c => string.Join('.', c.Valid().Split('.')[..2]));
        yield return Token("four parts", 401, c => c.Valid() + ".x");
        yield return Token("JWE shape", 401, c => c.Valid() + ".a.b");
        yield return Token("invalid base64", 401, c => TokenForge.Replace(c.Valid(), 1, "@@@@"));
        yield return Token("header not JSON", 401, c => TokenForge.Replace(c.Valid(), 0, Base64UrlEncoder.Encode("not json")));
        yield return Token("claims are an array", 401, c => TokenForge.Replace(c.Valid(), 1, Base64UrlEncoder.Encode("[1,2]")));
    }

    private static IEnumerable<Forgery> Algorithms()
    {
        foreach (var none in new[] { "none", "None", "NONE", "" })
            yield return Token($"alg '{none}'", 401, c => c.WithHeader(h => h["alg"] = none));
        yield return Token("HS256 keyed with the public key (key confusion)", 401, c =>
            c.WithHeader(h => h["alg"] = "HS256", hmacKey: c.Forge.Key.ExportSubjectPublicKeyInfo()));
        yield return Token("HS256 keyed with the modulus", 401, c =>
            c.WithHeader(h => h["alg"] = "HS256", hmacKey: c.Forge.Key.ExportParameters(false).Modulus));
        yield return Token("PS256, correctly signed", 401, c => c.WithHeader(h => h["alg"] = "PS256"));
        yield return Token("no alg", 401, c => c.WithHeader(h => h.Remove("alg")));
        yield return Token("alg with a trailing space", 401, c => c.WithHeader(h => h["alg"] = "RS256 "));
        yield return Token("ES256 header, RSA signature", 401, c => c.WithHeader(h => h["alg"] = "ES256"));
    }

    private static IEnumerable<Forgery> KeyIds()
    {
        yield return Token("unknown kid", 401, c => c.WithHeader(h => h["kid"] = "rotated-away"));
        yield return Token("no kid", 401, c => c.WithHeader(h => h.Remove("kid")));
        yield return Token("kid path traversal", 401, c => c.WithHeader(h => h["kid"] = "../../attacker/keys"));
        yield return Token("jku to the attacker's keys", 401, c => c.WithHeader(h => { h["kid"] = "attacker"; h["jku"] = c.AttackerUrl; }, c.Attacker));
        yield return Token("embedded jwk of the attacker", 401, c => c.WithHeader(h => { h["kid"] = "attacker"; h["jwk"] = c.Forge.Jwk(c.Attacker, "attacker", null); }, c.Attacker));
        yield return Token("x5c of the attacker", 401, c => c.WithHeader(h =>
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=api.botframework.com", c.Attacker,
                System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            h["x5c"] = new[] { Convert.ToBase64String(certificate.RawData) };
            h.Remove("kid");
        }, c.Attacker));
    }

    private static IEnumerable<Forgery> ServiceUrls()
    {
        yield return Token("no serviceurl claim", 401, c => c.With(x => x.Remove("serviceurl")));
        yield return Token("serviceurl of another channel", 403, c => c.With(x => x["serviceurl"] = "https://smba.trafficmanager.net/amer/"));
        string[] replays = ["https://evil.example.com/", "{0}evil", "https://smba.trafficmanager.net@evil.example.com/", "{0}v3/other",
            "{0}?x=1", "{0}#frag", "https://{1}/", ""];
        foreach (var pattern in replays)
            yield return Body($"replayed with serviceUrl '{pattern}'", 403, (c, a) =>
                a["serviceUrl"] = string.Format(pattern, c.ServiceUrl, new Uri(c.ServiceUrl).Authority));
        yield return Body("replayed without serviceUrl", 403, (_, a) => a.Remove("serviceUrl"));
        yield return new Forgery("duplicate serviceUrl key, the last one evil", 403, (c, _) => Bearer(c.Valid()),
            RawBody: body => "{\"serviceUrl\":\"x\"," + body[1..^1] + ",\"serviceUrl\":\"https://evil.example.com/\"}");
        yield return new Forgery("serviceUrl in another case, evil", 403, (c, _) => Bearer(c.Valid()),
            RawBody: body => body[..^1] + ",\"SERVICEURL\":\"https://evil.example.com/\"}");
    }

    private static IEnumerable<Forgery> Endorsements()
    {
        foreach (var channel in new[] { "webchat", "skype", "directline", "emulator", "msteams-evil", "msteams " })
            yield return Body($"channel '{channel}' the key is not endorsed for", 403, (_, a) => a["channelId"] = channel);
    }

    private static IEnumerable<Forgery> Tenants()
    {
        yield return Body("another tenant in conversation and channelData", 403, (_, a) =>
        {
            a["conversation"]!["tenantId"] = ForgeryContext.OtherTenant;
            a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ForgeryContext.OtherTenant } };
        });
        yield return Body("another tenant only in channelData", 403, (_, a) =>
        {
            a["conversation"]!.AsObject().Remove("tenantId");
            a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ForgeryContext.OtherTenant } };
        });
        yield return Body("no tenant at all", 403, (_, a) => { a["conversation"]!.AsObject().Remove("tenantId"); a.Remove("channelData"); });
        yield return Body("empty tenant", 403, (_, a) => a["conversation"]!["tenantId"] = "");
    }

    private static IEnumerable<Forgery> Headers()
    {
        yield return new Forgery("no Authorization", 401, (_, _) => null);
        yield return new Forgery("Bearer without token", 401, (_, _) => "Bearer ");
        yield return new Forgery("two tokens, one valid", 401, (c, _) => Bearer(c.Valid()) + ", Bearer " + c.WithHeader(_ => { }, c.Attacker));
        yield return new Forgery("Basic credentials", 401, (_, _) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("bot:secret")));
        yield return new Forgery("Token scheme", 401, (c, _) => "Token " + c.Valid());
        yield return new Forgery("validly signed but over 16 KB", 401, (c, _) => Bearer(c.With(x => x["pad"] = new string('p', 20_000))));
        yield return new Forgery("whitespace inside the token", 401, (c, _) => Bearer(c.Valid().Insert(20, " ")));
    }

    private static IEnumerable<Forgery> Entra()
    {
        const TargetBot single = TargetBot.SingleTenant;
        yield return Token("Entra token from another tenant", 401, c => c.Forge.Sign(c.Forge.Header(), c.EntraClaims(ForgeryContext.OtherTenant, c.AppId)), single);
        yield return Token("Entra token of the tenant for another app", 401, c => c.Forge.Sign(c.Forge.Header(), c.EntraClaims(c.Tenant, ForgeryContext.OtherApp)), single);
        yield return Token("Entra token of the tenant requested by another app", 403, c => c.Forge.Sign(c.Forge.Header(), c.EntraClaims(c.Tenant, c.AppId, ForgeryContext.OtherApp)), single);
        yield return Token("Entra token of the tenant naming no requesting app", 403, c => c.Forge.Sign(c.Forge.Header(), c.EntraClaims(c.Tenant, c.AppId, caller: null)), single);
        yield return Token("Entra token of the tenant whose appid is the platform but azp another app", 403, c =>
        {
            var claims = c.EntraClaims(c.Tenant, c.AppId, ForgeryContext.OtherApp);
            claims["appid"] = ForgeryContext.TeamsPlatform;
            return c.Forge.Sign(c.Forge.Header(), claims);
        }, single);
        yield return Token("Entra token signed by the attacker", 401, c => c.Forge.Sign(c.Forge.Header(), c.EntraClaims(c.Tenant, c.AppId), c.Attacker), single);
        yield return Token("sts.windows.net issuer of another tenant", 401, c =>
        {
            var claims = c.EntraClaims(ForgeryContext.OtherTenant, c.AppId);
            claims["iss"] = $"https://sts.windows.net/{ForgeryContext.OtherTenant}/";
            return c.Forge.Sign(c.Forge.Header(), claims);
        }, single);
        yield return Token("Entra issuer naming the tenant, tid of another", 401, c =>
        {
            var claims = c.EntraClaims(c.Tenant, c.AppId);
            claims["iss"] = $"https://login.microsoftonline.com/{ForgeryContext.OtherTenant}/v2.0";
            claims["tid"] = c.Tenant;
            return c.Forge.Sign(c.Forge.Header(), claims);
        }, single);
        yield return Token("Entra token expired", 401, c =>
        {
            var claims = c.EntraClaims(c.Tenant, c.AppId);
            claims["exp"] = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();
            claims["nbf"] = DateTimeOffset.UtcNow.AddHours(-2).ToUnixTimeSeconds();
            return c.Forge.Sign(c.Forge.Header(), claims);
        }, single);
    }
}
