using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Connector;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Where the bot's replies, and its Bot Connector token with them, may go: a service URL a validated Bot Connector
// token vouches for, or a Teams connector host. The bot runs as in production (Production environment, an app id,
// a SingleTenant bot that also takes Entra tokens); an "attacker" endpoint records whatever reaches it.
public sealed class ServiceUrlTrustTests : IAsyncLifetime
{
    private const string AppId = "6b2f0c1e-3d4a-4b5c-9d8e-7f6a5b4c3d2e";
    private const string TenantId = "4c1b7a9e-2d3f-4e5a-8b6c-7d8e9f0a1b2c";
    private const string Manager = "7a1c2f64-93b1-4a7e-9a52-1f2b3c4d5e6f";
    private const string OutboundToken = "the-bots-own-connector-token";
    private LocalOpenId openId = null!;
    private LocalHttpServer attacker = null!;
    private WebApplicationFactory<Program> bot = null!;

    public async Task InitializeAsync()
    {
        openId = await LocalOpenId.StartAsync();
        attacker = await LocalHttpServer.StartAsync(app => app.MapPost("/{**path}", () => Results.Json(new { id = "1" }, statusCode: 201)));
        var settings = openId.BotSettings("SingleTenant", AppId, TenantId);
        settings["Access:ProjectManagers"] = Manager;
        bot = new BotApp(settings).WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .ConfigureTestServices(s => s.AddSingleton<IConnectorTokenProvider>(new FixedToken(OutboundToken))));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await attacker.DisposeAsync();
        await openId.DisposeAsync();
    }

    private string EntraToken(string caller) => openId.Tokens.Create($"https://login.microsoftonline.com/{TenantId}/v2.0", AppId,
        serviceUrl: null, tenantId: TenantId, caller: caller);

    private async Task<HttpStatusCode> SendAsync(JsonObject activity, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await bot.CreateClient().SendAsync(request);
        return response.StatusCode;
    }

    private static JsonObject ManagerAsking(string text, string serviceUrl)
    {
        var activity = Fixtures.Message(text, userAad: Manager);
        activity["serviceUrl"] = serviceUrl;
        return activity;
    }

    [Theory]
    [InlineData("0d94caae-b412-4943-8a68-83135ad6d35f")] // any app of the bot's tenant
    [InlineData(BotAuthOptions.TeamsPlatformAppId)]
    public async Task EntraToken_WithTheServiceUrlOfAnAttacker_Is403_AndNothingReachesIt(string caller)
    {
        var status = await SendAsync(ManagerAsking("survey results", attacker.BaseUrl + "/"), EntraToken(caller));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.True(await bot.Services.GetRequiredService<ReplyOutbox>().FlushAsync(TimeSpan.FromSeconds(30)));
        Assert.Empty(attacker.Requests);
    }

    [Fact]
    public async Task EntraTokenOfTheTeamsPlatform_WithATeamsServiceUrl_IsAccepted()
    {
        var activity = ManagerAsking("help", "https://smba.trafficmanager.net/emea/4c1b7a9e-2d3f-4e5a-8b6c-7d8e9f0a1b2c/");
        activity["deliveryMode"] = "expectReplies";

        Assert.Equal(HttpStatusCode.OK, await SendAsync(activity, EntraToken(BotAuthOptions.TeamsPlatformAppId)));
    }

    [Fact]
    public async Task ConnectorToken_VouchesForTheServiceUrlItNames_AndTheReplyGoesThereWithTheBotsToken()
    {
        // Not a Teams host and not trusted by default: the signed serviceurl claim is what makes it so.
        await using var connector = await LocalHttpServer.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", () => Results.Json(new { id = "1" }, statusCode: 201)));
        var serviceUrl = connector.BaseUrl + "/";
        var token = openId.Tokens.Create(LocalOpenId.Connector, AppId, serviceUrl);

        var status = await SendAsync(ManagerAsking("help", serviceUrl), token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bearer " + OutboundToken, Assert.Single(connector.Requests).Authorization);
    }

    [Theory]
    [InlineData("https://evil.example.com/api")]
    [InlineData("*.trafficmanager.net")]
    [InlineData("smba.trafficmanager.net:8443")]
    public async Task TrustedHosts_AreBareHostNames_ElseStartUpStopsNamingTheKey(string host)
    {
        var (exitCode, error) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Knowledge__IndexPath"] = Path.Combine(TempFolders.Create("sb-hosts-"), "index.db"),
            ["Connector__TrustedHosts"] = host,
        });

        Assert.Equal(1, exitCode);
        Assert.Contains($"Connector:TrustedHosts must list host names (like smba.trafficmanager.net), got '{host}'", error);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://SMBA.trafficmanager.net/emea/4c1b7a9e/", true)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams", true)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/amer/", false)]
    [InlineData("https://attacker.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/", false)]
    [InlineData("https://smba.trafficmanager.net@evil.example/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/?next=https://evil.example/", false)]
    [InlineData("http://127.0.0.1:56150/_connector", false)]
    [InlineData("not a url", false)]
    public void DefaultHosts_InProduction(string serviceUrl, bool trusted) =>
        Assert.Equal(trusted, new ServiceUrlTrust(ServiceUrlTrust.DefaultHosts, trustLoopback: false).IsTrusted(serviceUrl));

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://localhost:3979/", true)]
    [InlineData("http://[::1]:3979/", true)]
    [InlineData("http://10.0.0.5:3979/", false)]
    public void InDevelopment_LoopbackIsTrustedToo(string serviceUrl, bool trusted) =>
        Assert.Equal(trusted, new ServiceUrlTrust(ServiceUrlTrust.DefaultHosts, trustLoopback: true).IsTrusted(serviceUrl));

    [Fact]
    public void ALoopbackHostOnTheList_IsTrustedOnAnyPort_OutsideDevelopment()
    {
        var trust = new ServiceUrlTrust(["127.0.0.1"], trustLoopback: false);

        Assert.True(trust.IsTrusted("http://127.0.0.1:41041/"));
        Assert.False(trust.IsTrusted("http://localhost:41041/"));
    }

    private sealed class FixedToken(string token) : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
    }
}
