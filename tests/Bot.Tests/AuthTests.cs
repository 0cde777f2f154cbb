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
    private const string Connector = LocalOpenId.Connector;
    private const string TeamsPlatform = "5a807f24-c9de-44ee-a3a7-329e88a00ffc";
    private LocalOpenId openId = null!;
    private BotApp bot = null!;
    private BotApp singleTenantBot = null!;

    private TestTokens tokens => openId.Tokens;

    private static string ServiceUrl => (string)Fixtures.Load("personal-message")["serviceUrl"]!;

    public async Task InitializeAsync()
    {
        openId = await LocalOpenId.StartAsync();
        bot = NewBot("MultiTenant", "v1");
        singleTenantBot = NewBot("SingleTenant", "v1");
    }

    private BotApp NewBot(string appType, string metadataFolder, string? allowedTenants = null)
    {
        var settings = openId.BotSettings(appType, AppId, TenantId, metadataFolder);
        settings["Teams:AllowedTenants"] = allowedTenants;
        return new BotApp(settings);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await singleTenantBot.DisposeAsync();
        await openId.DisposeAsync();
    }

    // Replies come back in the response: nothing is sent to the (unreachable) Teams connector.
    private static JsonObject Help()
    {
        var activity = Fixtures.Message("help");
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

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
        var before = openId.KeyFetches;

        await SendAsync(tokens.Create(Connector, AppId, ServiceUrl, keyId: "new-key"));
        await SendAsync(tokens.Create(Connector, AppId, ServiceUrl, keyId: "another-new-key"));

        // The first unknown kid refreshes at once; the second falls inside the few minutes between forced refreshes.
        Assert.Equal(before + 1, openId.KeyFetches);
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
    [InlineData("https://login.microsoftonline.com/" + TenantId + "/v2.0", "azp")]
    [InlineData("https://sts.windows.net/" + TenantId + "/", "appid")]
    public async Task EntraTokenOfTheBotsTenant_RequestedByTheTeamsPlatform_IsAcceptedForSingleTenantBots(string issuer, string callerClaim) =>
        Assert.Equal(HttpStatusCode.OK, await SendAsync(
            tokens.Create(issuer, AppId, serviceUrl: null, tenantId: TenantId, caller: TeamsPlatform, callerClaim: callerClaim), singleTenantBot));

    [Theory]
    [InlineData("0d94caae-b412-4943-8a68-83135ad6d35f", "azp")]
    [InlineData("0d94caae-b412-4943-8a68-83135ad6d35f", "appid")]
    [InlineData(null, "azp")]
    public async Task EntraTokenOfTheBotsTenant_RequestedByAnyOtherApp_Is403(string? caller, string callerClaim) =>
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(
            tokens.Create($"https://login.microsoftonline.com/{TenantId}/v2.0", AppId, serviceUrl: null, tenantId: TenantId, caller: caller,
                callerClaim: callerClaim), singleTenantBot));

    [Fact]
    public async Task AllowedCallers_CanBeConfigured()
    {
        const string ownCaller = "0d94caae-b412-4943-8a68-83135ad6d35f";
        var settings = openId.BotSettings("SingleTenant", AppId, TenantId);
        settings["Auth:AllowedCallers"] = ownCaller;
        await using var configured = new BotApp(settings);
        string Token(string caller) => tokens.Create($"https://login.microsoftonline.com/{TenantId}/v2.0", AppId, null, tenantId: TenantId, caller: caller);

        Assert.Equal(HttpStatusCode.OK, await SendAsync(Token(ownCaller), configured));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(Token(TeamsPlatform), configured));
    }

    [Fact]
    public async Task EntraTokenFromAnotherTenant_Is401()
    {
        const string other = "99999999-8888-7777-6666-555555555555";
        Assert.Equal(HttpStatusCode.Unauthorized,
            await SendAsync(tokens.Create($"https://login.microsoftonline.com/{other}/v2.0", AppId, ServiceUrl, tenantId: other, caller: TeamsPlatform), singleTenantBot));
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
