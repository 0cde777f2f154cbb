using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Bot.Connector;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// The connector client against a local HTTP endpoint that records what it receives.
public sealed class ConnectorTests : IAsyncLifetime
{
    private LocalHttpServer connector = null!;
    private int throttled;
    private int unavailable;

    public async Task InitializeAsync()
    {
        connector = await LocalHttpServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", (string conversationId) =>
            {
                if (conversationId.StartsWith("throttled") && Interlocked.Increment(ref throttled) == 1)
                    return Results.Text("{\"error\":{\"code\":\"TooManyRequests\"}}", "application/json", statusCode: 429)
                        .WithHeader("Retry-After", "1");
                if (conversationId.StartsWith("flaky") && Interlocked.Increment(ref unavailable) <= 2)
                    return Results.StatusCode(503);
                if (conversationId.StartsWith("gone")) return Results.Json(new { error = new { code = "ConversationNotFound" } }, statusCode: 404);
                return Results.Json(new { id = "1763718600000" }, statusCode: 201);
            });
            app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId) => Results.Json(new { id = activityId }));
        });
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private ConnectorClient Client(IConnectorTokenProvider? tokens = null)
    {
        var handler = new ConnectorRetryHandler(TimeProvider.System)
        {
            InnerHandler = new ConnectorTokenHandler(tokens ?? new NoTokens()) { InnerHandler = new HttpClientHandler() },
        };
        return new ConnectorClient(new HttpClient(handler), NullLogger<ConnectorClient>.Instance);
    }

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
    public async Task Throttled_RetriesAfterTheServerSaysSo()
    {
        await Client().SendAsync(connector.BaseUrl, "throttled-1", Reply(), default);

        Assert.Equal(2, connector.Requests.Count);
        Assert.All(connector.Requests, r => Assert.Contains("\"Hello\"", r.Body));
    }

    [Fact]
    public async Task ServiceUnavailable_IsRetriedWithBackoff()
    {
        var id = await Client().SendAsync(connector.BaseUrl, "flaky-1", Reply(), default);

        Assert.Equal("1763718600000", id);
        Assert.Equal(3, connector.Requests.Count);
    }

    [Fact]
    public async Task NotFound_IsNotRetriedAndSurfacesTheStatus()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(connector.BaseUrl, "gone-1", Reply(), default));

        Assert.Equal(404, error.Status);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Update_PutsTheActivityAtItsId()
    {
        await Client().UpdateAsync(connector.BaseUrl, "a:1", "1763718600000", Reply(replyToId: null), default);

        Assert.Equal("/v3/conversations/a%3A1/activities/1763718600000", Assert.Single(connector.Requests).Path);
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
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
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
