using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Faults;

public sealed record ConnectorAttempt(string ConversationId, string ReplyToId, int Status, DateTimeOffset At);

// A Bot Connector that answers each conversation's sends with a scripted run of failures (429 with Retry-After,
// 412, 502, 503, 504) before accepting. It records every attempt and every reply it accepted.
public sealed class FlakyConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> scripts = new();
    private LocalHttpServer server = null!;

    public ConcurrentQueue<ConnectorAttempt> Attempts { get; } = new();

    public ConcurrentQueue<JsonObject> Accepted { get; } = new();

    public string ServiceUrl => server.BaseUrl + "/";

    public int RetryAfterSeconds { get; init; } = 1;

    public static async Task<FlakyConnector> StartAsync(int retryAfterSeconds = 1)
    {
        var connector = new FlakyConnector { RetryAfterSeconds = retryAfterSeconds };
        connector.server = await LocalHttpServer.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", connector.Answer));
        return connector;
    }

    // The statuses the next sends to this conversation get, in order; after them, 201.
    public void Script(string conversationId, params int[] statuses) => scripts[conversationId] = new ConcurrentQueue<int>(statuses);

    private async Task<IResult> Answer(string conversationId, string? replyToId, HttpRequest request)
    {
        var status = scripts.TryGetValue(conversationId, out var script) && script.TryDequeue(out var next) ? next : 201;
        Attempts.Enqueue(new ConnectorAttempt(conversationId, replyToId ?? "", status, DateTimeOffset.UtcNow));
        if (status == 201)
        {
            var activity = await request.ReadFromJsonAsync<JsonObject>();
            Accepted.Enqueue(activity!);
            return Results.Json(new { id = "sent-" + Accepted.Count }, statusCode: 201);
        }
        if (status == 429)
        {
            request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
            return Results.Json(new { error = new { code = "TooManyRequests", message = "throttled" } }, statusCode: 429);
        }
        return Results.Json(new { error = new { code = "ServiceError", message = "try again" } }, statusCode: status);
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();
}
