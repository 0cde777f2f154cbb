using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bot.Tests;

// The Bot Connector's and Entra's OpenID metadata and signing keys, served locally with test keys: under /v1 the
// connector's (endorsed for msteams and webchat), under /unendorsed keys endorsed for skype only, under /{tenant}
// Entra's. Down makes every request fail, as in an outage; Rotated publishes a second key beside the first.
public sealed class LocalOpenId : IAsyncDisposable
{
    public const string Connector = "https://api.botframework.com";
    public const string RotatedKeyId = "rotated-key-2";

    private LocalHttpServer server = null!;

    public TestTokens Tokens { get; } = new();
    public RSA RotatedKey { get; } = RSA.Create(2048);
    public volatile bool Down;
    public volatile bool Rotated;

    public string BaseUrl => server.BaseUrl;

    public int KeyFetches => server.Requests.Count(r => r.Path.EndsWith("/keys"));

    public int Fetches => server.Requests.Count;

    public static async Task<LocalOpenId> StartAsync()
    {
        var openId = new LocalOpenId();
        openId.server = await LocalHttpServer.StartAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                if (openId.Down) context.Response.StatusCode = 500;
                else await next();
            });
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new
            {
                issuer = Connector,
                jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/v1/.well-known/keys",
                id_token_signing_alg_values_supported = new[] { "RS256" },
            }));
            app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = openId.Keys(["msteams", "webchat"]) }));
            app.MapGet("/unendorsed/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new
            {
                issuer = Connector,
                jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/unendorsed/keys",
            }));
            app.MapGet("/unendorsed/keys", () => Results.Json(new { keys = openId.Keys(["skype"]) }));
            app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpContext c) => Results.Json(new
            {
                issuer = $"https://login.microsoftonline.com/{tenant}/v2.0",
                jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/{tenant}/keys",
            }));
            app.MapGet("/{tenant}/keys", () => Results.Json(new { keys = openId.Keys(null) }));
        });
        return openId;
    }

    private object[] Keys(string[]? endorsements) => Rotated
        ? [Tokens.Jwk(endorsements), Tokens.Jwk(endorsements, RotatedKey, RotatedKeyId)]
        : [Tokens.Jwk(endorsements)];

    // The settings of a bot that validates tokens against this server.
    public Dictionary<string, string?> BotSettings(string appType, string appId, string tenantId, string metadataFolder = "v1") => new()
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = appType == "UserAssignedMSI" ? null : "not-used-in-these-tests",
        ["MicrosoftAppTenantId"] = tenantId,
        ["Auth:BotFrameworkMetadataUrl"] = $"{BaseUrl}/{metadataFolder}/.well-known/openidconfiguration",
        ["Auth:EntraMetadataUrlTemplate"] = BaseUrl + "/{0}/v2.0/.well-known/openid-configuration",
        ["Auth:AllowHttpMetadata"] = "true",
    };

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
