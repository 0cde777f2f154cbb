using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Connector;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// The connector client against a local HTTP endpoint that records what it receives: one request per send
// (retries are the outbox's), and never to a service URL nothing vouched for.
public sealed class ConnectorTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TestClock clock = new(Now);
    private LocalHttpServer connector = null!;

    public async Task InitializeAsync()
    {
        connector = await LocalHttpServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", (string conversationId) =>
            {
                if (conversationId.StartsWith("throttled"))
                    return Results.Text("{\"error\":{\"code\":\"TooManyRequests\"}}", "application/json", statusCode: 429)
                        .WithHeader("Retry-After", "7");
                if (conversationId.StartsWith("until"))
                    return Results.StatusCode(503).WithHeader("Retry-After", (Now + TimeSpan.FromSeconds(12)).ToString("R"));
                if (conversationId.StartsWith("gone")) return Results.Json(new { error = new { code = "ConversationNotFound" } }, statusCode: 404);
                return Results.Json(new { id = "1763718600000" }, statusCode: 201);
            });
        });
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private ConnectorClient Client(IConnectorTokenProvider? tokens = null, ServiceUrlTrust? trust = null) =>
        new(new HttpClient(new ConnectorTokenHandler(tokens ?? new NoTokens()) { InnerHandler = new HttpClientHandler() }),
            trust ?? new ServiceUrlTrust([], trustLoopback: true), NullLogger<ConnectorClient>.Instance, clock);

    private static Activity Reply(string? replyToId = "1763718402117") =>
        new() { Type = "message", Text = "Hello", ReplyToId = replyToId };

    [Fact]
    public async Task Reply_IsPostedToTheActivityItAnswers_WithTheConversationIdEscaped()
    {
        var id = await Client().SendAsync(connector.BaseUrl + "/", "19:abc@thread.tacv2;messageid=42", Reply(), default);

        Assert.Equal("1763718600000", id);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D42/activities/1763718402117", request.Path);
        Assert.Equal("Hello", (string?)JsonNode.Parse(request.Body)!["text"]);
    }

    [Fact]
    public async Task Throttled_IsOneRequest_AndCarriesTheConnectorsRetryAfter()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(connector.BaseUrl, "throttled-1", Reply(), default));

        Assert.Equal(429, error.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task RetryAfterAsADate_IsTheTimeLeftUntilThen()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(connector.BaseUrl, "until-1", Reply(), default));

        Assert.Equal(503, error.Status);
        Assert.Equal(TimeSpan.FromSeconds(12), error.RetryAfter);
    }

    [Fact]
    public async Task NotFound_SurfacesTheStatus()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(connector.BaseUrl, "gone-1", Reply(), default));

        Assert.Equal(404, error.Status);
        Assert.Null(error.RetryAfter);
    }

    [Fact]
    public async Task WithoutAppId_NoAuthorizationHeaderIsSent()
    {
        await Client().SendAsync(connector.BaseUrl, "a:1", Reply(), default);

        Assert.Null(Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task WithAToken_ItIsSentAsBearer()
    {
        await Client(new FixedToken("eyJ.test.token")).SendAsync(connector.BaseUrl, "a:1", Reply(), default);

        Assert.Equal("Bearer eyJ.test.token", Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task AServiceUrlNothingVouchedFor_GetsNoRequestAndNoToken()
    {
        var tokens = new FixedToken("eyJ.test.token");
        var teamsOnly = new ServiceUrlTrust(ServiceUrlTrust.DefaultHosts, trustLoopback: false);

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            Client(tokens, teamsOnly).SendAsync(connector.BaseUrl + "/", "a:1", Reply(), default));

        Assert.Empty(connector.Requests);
        Assert.Equal(0, tokens.Asked);
    }

    [Fact]
    public async Task BotReplies_ReachTheConnectorOfTheConversation()
    {
        await using var bot = new BotApp();
        var message = Fixtures.Message("help");
        message["serviceUrl"] = connector.BaseUrl + "/";

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(connector.Requests);
        Assert.StartsWith("/v3/conversations/a%3A1Hx9personal/activities/", sent.Path);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)JsonNode.Parse(sent.Body)!["attachments"]![0]!["contentType"]);
    }

    private sealed class NoTokens : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }

    private sealed class FixedToken(string token) : IConnectorTokenProvider
    {
        public int Asked;

        public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Asked);
            return Task.FromResult<string?>(token);
        }
    }
}

internal static class ResultExtensions
{
    public static IResult WithHeader(this IResult result, string name, string value) => new HeaderResult(result, name, value);

    private sealed class HeaderResult(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
