using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Bot.Connector;
using Microsoft.Extensions.Logging;
using StakeholderBot.Bot.Tests;
using StakeholderBot.Resilience.Tests.Storage;
using StakeholderBot.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.Resilience.Tests.Auth;

// Every forgery against every kind of activity: all refused with the right status, and none reaches a flow
// (no turn is logged, no reply reaches the connector, nothing is stored). Valid tokens on the same requests
// do all three, which is what makes the "none" meaningful.
public sealed class AuthForgeryTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string AppId = "3f6a2b1c-9d8e-4f70-a1b2-c3d4e5f60718";
    private const string Tenant = "4c1b7a9e-2d3f-4e5a-8b6c-7d8e9f0a1b2c";
    private readonly TokenForge forge = new(RSA.Create(2048), "forge-key-1");
    private LocalHttpServer openId = null!;
    private LocalHttpServer connector = null!;
    private ForgeryContext context = null!;

    public async Task InitializeAsync()
    {
        openId = await OpenIdStub.StartAsync(forge);
        connector = await ConnectorStub.StartAsync();
        context = new ForgeryContext(forge, AppId, Tenant, connector.BaseUrl + "/", openId.BaseUrl + "/attacker/keys");
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await openId.DisposeAsync();
    }

    private (WebApplicationFactory<Program> App, LogRecorder Logs) Bot(TargetBot kind)
    {
        var logs = new LogRecorder();
        var settings = ResilienceSettings.For(azurite.ConnectionString,
            ("MicrosoftAppType", kind.ToString()), ("MicrosoftAppId", AppId), ("MicrosoftAppPassword", "not-used"),
            ("MicrosoftAppTenantId", Tenant), ("Teams:AllowedTenants", Tenant),
            ("Auth:BotFrameworkMetadataUrl", openId.BaseUrl + "/v1/.well-known/openidconfiguration"),
            ("Auth:EntraMetadataUrlTemplate", openId.BaseUrl + "/{0}/v2.0/.well-known/openid-configuration"),
            ("Auth:AllowHttpMetadata", "true"), ("Logging:LogLevel:StakeholderBot", "Information"));
        // Outbound tokens would come from Entra, which cannot be reached here: a fixed one stands in.
        var app = new BotApp(settings).WithWebHostBuilder(b => b
            .ConfigureLogging(l => l.AddProvider(logs))
            .ConfigureTestServices(s => s.AddSingleton<IConnectorTokenProvider>(new FixedConnectorToken("outbound-test-token"))));
        return (app, logs);
    }

    // One of each kind of activity that reaches a flow: commands, card actions of both flows, install, feedback.
    private JsonObject[] Activities()
    {
        JsonObject Message(string text)
        {
            var activity = Fixtures.Message(text, conversationId: "a:auth-" + text.Replace(' ', '-'));
            activity["serviceUrl"] = context.ServiceUrl;
            return activity;
        }
        JsonObject Card(string verb, JsonObject data)
        {
            var activity = Fixtures.Load("adaptive-card-action");
            activity["serviceUrl"] = context.ServiceUrl;
            activity["value"]!["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data };
            return activity;
        }
        JsonObject Load(string name)
        {
            var activity = Fixtures.Load(name);
            activity["serviceUrl"] = context.ServiceUrl;
            activity["conversation"]!["tenantId"] = Tenant;
            return activity;
        }
        return
        [
            Message("help"), Message("survey"), Message("log meeting"), Message("How do I find a distributor?"),
            Card("survey.next", new JsonObject { ["page"] = "1" }), Card("meeting.save", new JsonObject { ["title"] = "Forged" }),
            Load("conversation-update-bot-added"), Load("feedback-submit"),
        ];
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, JsonObject activity, string? authorization, Func<string, string>? rawBody)
    {
        var body = activity.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(rawBody is null ? body : rawBody(body), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Theory]
    [InlineData(TargetBot.MultiTenant)]
    [InlineData(TargetBot.SingleTenant)]
    public async Task ForgedTokens_AreAllRefused_AndNoneReachesAFlow(TargetBot target)
    {
        var (app, logs) = Bot(target);
        await using var _ = app;
        var client = app.CreateClient();
        var forgeries = Forgeries.All().Where(f => f.Bot == target || target == TargetBot.SingleTenant && f.Status == 403).ToList();
        var wrong = new List<string>();
        var storedBefore = await StoredData.SnapshotAsync(azurite);

        foreach (var forgery in forgeries)
            foreach (var activity in Activities())
            {
                var authorization = forgery.Apply(context, activity);
                var status = (int)await SendAsync(client, activity, authorization, forgery.RawBody);
                if (status != forgery.Status) wrong.Add($"{forgery.Name} on {activity["type"]} '{activity["text"] ?? activity["value"]?["action"]?["verb"]}': {status}, expected {forgery.Status}");
            }

        output.WriteLine($"{forgeries.Count} forgeries x {Activities().Length} activities against the {target} bot");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(0, logs.Turns);
        Assert.Empty(connector.Requests);
        Assert.Equal(storedBefore, await StoredData.SnapshotAsync(azurite));
    }

    [Theory]
    [InlineData(TargetBot.MultiTenant)]
    [InlineData(TargetBot.SingleTenant)]
    public async Task ValidTokens_OnTheSameRequests_ReachTheFlows(TargetBot target)
    {
        var (app, logs) = Bot(target);
        await using var _ = app;
        var client = app.CreateClient();
        var token = target == TargetBot.MultiTenant ? context.Valid() : forge.Sign(forge.Header(), context.EntraClaims(Tenant, AppId));

        var statuses = new List<HttpStatusCode>();
        foreach (var activity in Activities()) statuses.Add(await SendAsync(client, activity, "Bearer " + token, null));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(Activities().Length, logs.Turns);
        Assert.NotEmpty(connector.Requests);
        Assert.All(connector.Requests, r => Assert.Equal("Bearer outbound-test-token", r.Authorization));
    }

    [Theory]
    [InlineData("wrong audience")]
    [InlineData("another channel")]
    public async Task RejectedRequest_WithAHugeActivityId_IsLoggedInOneShortLine(string rejection)
    {
        var (app, logs) = Bot(TargetBot.MultiTenant);
        await using var _ = app;
        var activity = Activities()[0];
        activity["id"] = new string('x', 200_000) + "\nforged log line";
        var token = rejection == "wrong audience" ? context.With(x => x["aud"] = ForgeryContext.OtherApp) : context.Valid();
        if (rejection == "another channel") activity["channelId"] = "webchat" + new string('y', 20_000);

        var status = await SendAsync(app.CreateClient(), activity, "Bearer " + token, null);

        Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, status.ToString());
        var rejected = Assert.Single(logs.Lines, l => l.Message.StartsWith("Rejected activity", StringComparison.Ordinal)).Message;
        Assert.True(rejected.Length < 400, $"{rejected.Length} characters logged");
        Assert.DoesNotContain("\n", rejected);
        Assert.Contains("(200016 chars)", rejected);
    }
}

public sealed class FixedConnectorToken(string token) : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
}
