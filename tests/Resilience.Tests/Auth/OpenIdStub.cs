using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Auth;

// The Bot Connector's and Entra's OpenID metadata, served locally with the forge's key: endorsed for msteams
// only on the connector side, as Teams' keys are.
public static class OpenIdStub
{
    public const string Connector = "https://api.botframework.com";

    public static Task<LocalHttpServer> StartAsync(TokenForge forge) => LocalHttpServer.StartAsync(app =>
    {
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new
        {
            issuer = Connector,
            jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/v1/.well-known/keys",
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = new[] { forge.Jwk(forge.Key, forge.KeyId, ["msteams"]) } }));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpContext c) => Results.Json(new
        {
            issuer = $"https://login.microsoftonline.com/{tenant}/v2.0",
            jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/{tenant}/keys",
        }));
        app.MapGet("/{tenant}/keys", () => Results.Json(new { keys = new[] { forge.Jwk(forge.Key, forge.KeyId, null) } }));
        // What an attacker would serve from a jku / x5u header: never to be fetched.
        app.MapGet("/attacker/keys", () => Results.Json(new { keys = Array.Empty<object>() }));
    });
}
