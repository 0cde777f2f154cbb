using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Inbound auth against a local OpenID metadata + keys endpoint serving test keys with endorsements.
public sealed class AuthTests : IAsyncLifetime
{
    private const string AppId = "6b2f0c1e-3d4a-4b5c-9d8e-7f6a5b4c3d2e";
    private const string TenantId = "4c1b7a9e-2d3f-4e5a-8b6c-7d8e9f0a1b2c";
    private const string Connector = "https://api.botframework.com";
    private readonly TestTokens tokens = new();
    private LocalHttpServer openId = null!;
    private BotApp bot = null!;
    private BotApp singleTenantBot = null!;

    private static string ServiceUrl => (string)Fixtures.Load("personal-message")["serviceUrl"]!;

    public async Task InitializeAsync()
    {
        openId = await LocalHttpServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new
            {
                issuer = Connector,
                jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/v1/.well-known/keys",
                id_token_signing_alg_values_supported = new[] { "RS256" },
            }));
            app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = new[] { tokens.Jwk(["msteams", "webchat"]) } }));
            app.MapGet("/unendorsed/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new
            {
                issuer = Connector,
                jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/unendorsed/keys",
            }));
            app.MapGet("/unendorsed/keys", () => Results.Json(new { keys = new[] { tokens.Jwk(["skype"]) } }));
            app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpContext c) => Results.Json(new
            {
                issuer = $"https://login.microsoftonline.com/{tenant}/v2.0",
                jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/{tenant}/keys",
            }));
            app.MapGet("/{tenant}/keys", () => Results.Json(new { keys = new[] { tokens.Jwk(null) } }));
        });
        bot = NewBot("MultiTenant", "v1");
        singleTenantBot = NewBot("SingleTenant", "v1");
    }

    private BotApp NewBot(string appType, string metadataFolder, string? allowedTenants = null) => new(new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-used-in-these-tests",
        ["MicrosoftAppTenantId"] = TenantId,
        ["Auth:BotFrameworkMetadataUrl"] = $"{openId.BaseUrl}/{metadataFolder}/.well-known/openidconfiguration",
        ["Auth:EntraMetadataUrlTemplate"] = openId.BaseUrl + "/{0}/v2.0/.well-known/openid-configuration",
        ["Auth:AllowHttpMetadata"] = "true",
        ["Teams:AllowedTenants"] = allowedTenants,
    });

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await singleTenantBot.DisposeAsync();
        await openId.DisposeAsync();
    }

    private static JsonObject Help() => Fixtures.Message("help");

    private async Task<HttpStatusCode> SendAsync(string? token, BotApp? to = null, JsonObject? activity = null)
    {
        using var response = await (to ?? bot).PostAsync(activity ?? Help(), token);
        return response.StatusCode;
    }

    [Fact]
    public async Task ConnectorToken_IsAccepted() =>
        Assert.Equal(HttpStatusCode.OK, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl)));

    [Fact]
    public async Task ServiceUrlClaim_IsComparedWithoutCaseOrTrailingSlash() =>
        Assert.Equal(HttpStatusCode.OK, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl.ToUpperInvariant().TrimEnd('/'))));

    [Fact]
    public async Task MissingToken_Is401() => Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(null));

    [Fact]
    public async Task MalformedBody_WithoutToken_Is401NotParsed()
    {
        using var response = await bot.PostRawAsync("not json");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WrongIssuer_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(tokens.Create("https://evil.example.com", AppId, ServiceUrl)));

    [Fact]
    public async Task WrongAudience_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(tokens.Create(Connector, Guid.NewGuid().ToString(), ServiceUrl)));

    [Fact]
    public async Task ExpiredToken_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-10))));

    [Fact]
    public async Task TokenExpiredWithinClockSkew_IsAccepted() =>
        Assert.Equal(HttpStatusCode.OK, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-2))));

    [Fact]
    public async Task BadSignature_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl, signWith: tokens.OtherKey)));

    [Fact]
    public async Task AlgNone_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(TestTokens.Unsigned(Connector, AppId, ServiceUrl)));

    [Fact]
    public async Task PssAlgorithm_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl, algorithm: SecurityAlgorithms.RsaSsaPssSha256)));

    [Fact]
    public async Task UnknownKeyId_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl, keyId: "rotated-away")));

    [Fact]
    public async Task UnknownKeyId_ForcesOneMetadataRefresh()
    {
        await SendAsync(tokens.Create(Connector, AppId, ServiceUrl));
        var before = openId.Requests.Count(r => r.Path.EndsWith("/keys"));

        await SendAsync(tokens.Create(Connector, AppId, ServiceUrl, keyId: "new-key"));
        await SendAsync(tokens.Create(Connector, AppId, ServiceUrl, keyId: "another-new-key"));

        // The first unknown kid refreshes at once; the second falls inside the hourly limit.
        Assert.Equal(before + 1, openId.Requests.Count(r => r.Path.EndsWith("/keys")));
    }

    [Fact]
    public async Task MissingServiceUrlClaim_Is401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(tokens.Create(Connector, AppId, serviceUrl: null)));

    [Fact]
    public async Task TokenReplayedWithAnotherServiceUrl_Is403() =>
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(tokens.Create(Connector, AppId, "https://smba.trafficmanager.net/amer/")));

    [Fact]
    public async Task KeyNotEndorsedForTeams_Is403()
    {
        await using var unendorsed = NewBot("MultiTenant", "unendorsed");
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl), unendorsed));
    }

    [Fact]
    public async Task TenantNotAllowed_Is403()
    {
        await using var restricted = NewBot("MultiTenant", "v1", allowedTenants: "11111111-2222-3333-4444-555555555555");
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl), restricted));
    }

    [Fact]
    public async Task AllowedTenant_IsAccepted()
    {
        await using var restricted = NewBot("MultiTenant", "v1", allowedTenants: "11111111-2222-3333-4444-555555555555," + TenantId);
        Assert.Equal(HttpStatusCode.OK, await SendAsync(tokens.Create(Connector, AppId, ServiceUrl), restricted));
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + TenantId + "/v2.0")]
    [InlineData("https://sts.windows.net/" + TenantId + "/")]
    public async Task EntraTokenFromTheBotsTenant_IsAcceptedForSingleTenantBots(string issuer) =>
        Assert.Equal(HttpStatusCode.OK, await SendAsync(tokens.Create(issuer, AppId, ServiceUrl, tenantId: TenantId), singleTenantBot));

    [Fact]
    public async Task EntraTokenFromAnotherTenant_Is401()
    {
        const string other = "99999999-8888-7777-6666-555555555555";
        Assert.Equal(HttpStatusCode.Unauthorized,
            await SendAsync(tokens.Create($"https://login.microsoftonline.com/{other}/v2.0", AppId, ServiceUrl, tenantId: other), singleTenantBot));
    }

    [Fact]
    public async Task EntraToken_IsRefusedForMultiTenantBots() =>
        Assert.Equal(HttpStatusCode.Unauthorized,
            await SendAsync(tokens.Create($"https://login.microsoftonline.com/{TenantId}/v2.0", AppId, ServiceUrl, tenantId: TenantId)));

    [Fact]
    public async Task NotABearerToken_Is401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Help().ToJsonString()) };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");
        using var response = await bot.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAppId_APresentTokenIsStillValidated()
    {
        await using var local = new BotApp();
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync("abc.def.ghi", local));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(null, local));
    }
}
