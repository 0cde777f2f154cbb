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
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> attempts = new();
    private readonly TestClock clock = new(Now);
    private LocalHttpServer connector = null!;
    private int delivered;

    public async Task InitializeAsync()
    {
        connector = await LocalHttpServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", (string conversationId) =>
            {
                var attempt = attempts.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
                // "throttled-{times}x{seconds}": the first {times} attempts get 429 with Retry-After {seconds}.
                if (conversationId.Split('-') is ["throttled", var rule, ..] && rule.Split('x') is [var times, var seconds]
                    && attempt <= int.Parse(times))
                    return Results.Text("{\"error\":{\"code\":\"TooManyRequests\"}}", "application/json", statusCode: 429)
                        .WithHeader("Retry-After", seconds);
                if (conversationId.StartsWith("flaky") && attempt <= 2)
                    return Results.StatusCode(503);
                if (conversationId.StartsWith("gone")) return Results.Json(new { error = new { code = "ConversationNotFound" } }, statusCode: 404);
                Interlocked.Increment(ref delivered);
                return Results.Json(new { id = "1763718600000" }, statusCode: 201);
            });
            app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId) => Results.Json(new { id = activityId }));
        });
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private ConnectorClient Client(IConnectorTokenProvider? tokens = null)
    {
        var handler = new ConnectorRetryHandler(clock)
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
        await Client().SendAsync(connector.BaseUrl, "throttled-1x1", Reply(), default);

        Assert.Equal(2, connector.Requests.Count);
        Assert.All(connector.Requests, r => Assert.Contains("\"Hello\"", r.Body));
        Assert.Equal([TimeSpan.FromSeconds(1)], clock.Waits);
    }

    [Fact]
    public async Task InTurnReply_RetryAfterWithinTheBudget_IsWaitedForAndDeliveredOnce()
    {
        var id = await Client().SendAsync(connector.BaseUrl, "throttled-1x3", Reply(), InTurnDeadline(), default);

        Assert.Equal("1763718600000", id);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Equal(1, delivered);
        Assert.Equal([TimeSpan.FromSeconds(3)], clock.Waits);
    }

    [Fact]
    public async Task InTurnReply_RetryAfterBeyondTheBudget_IsNotWaitedFor()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendAsync(connector.BaseUrl, "throttled-1x30", Reply(), InTurnDeadline(), default));

        Assert.Equal(429, error.Status);
        Assert.Single(connector.Requests);
        Assert.Empty(clock.Waits);
        Assert.Equal(0, delivered);
    }

    [Fact]
    public async Task InTurnReply_TheBudgetCoversAllWaits_ASecondWaitThatNoLongerFitsIsNotStarted()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendAsync(connector.BaseUrl, "throttled-2x8", Reply(), InTurnDeadline(), default));

        Assert.Equal(429, error.Status);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(8)], clock.Waits);
    }

    [Fact]
    public async Task SendWithoutDeadline_KeepsTheLongerBudget()
    {
        await Client().SendAsync(connector.BaseUrl, "throttled-1x20", Reply(), default);

        Assert.Equal(1, delivered);
        Assert.Equal([TimeSpan.FromSeconds(20)], clock.Waits);
    }

    private DateTimeOffset InTurnDeadline() => clock.GetUtcNow() + ConnectorRetryHandler.InTurnBudget;

    [Fact]
    public async Task ServiceUnavailable_IsRetriedWithBackoff()
    {
        var id = await Client().SendAsync(connector.BaseUrl, "flaky-1", Reply(), default);

        Assert.Equal("1763718600000", id);
        Assert.Equal(3, connector.Requests.Count);
        Assert.Equal(2, clock.Waits.Count);
    }

    [Fact]
    public async Task NotFound_IsNotRetriedAndSurfacesTheStatus()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendAsync(connector.BaseUrl, "gone-1", Reply(), default));

        Assert.Equal(404, error.Status);
        Assert.Single(connector.Requests);
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
