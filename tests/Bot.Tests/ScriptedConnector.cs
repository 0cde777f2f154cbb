using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bot.Tests;

public sealed record SendAttempt(string ConversationId, string? Text, int Status, JsonObject? Activity = null);

// A Bot Connector whose answers each test scripts per conversation (429 with a Retry-After, 400, 503, ...; then
// 201). HoldFrom(n) keeps the n-th request and those after it waiting until Release(), so a test can check
// what happened before them. POST /v3/conversations starts a 1:1 chat: scripted under "create:" + the member's id,
// answered with the chat's id (the same id for the same member, as Teams does).
public sealed class ScriptedConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> scripts = new();
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int holdFrom = int.MaxValue;
    private int arrivals;
    private LocalHttpServer server = null!;

    public ConcurrentQueue<SendAttempt> Attempts { get; } = new();

    public ConcurrentQueue<string?> Delivered { get; } = new();

    // Every activity the connector took, whole, in the order it took them.
    public ConcurrentQueue<JsonObject> Taken { get; } = new();

    // Every POST /v3/conversations body, whatever the answer.
    public ConcurrentQueue<JsonObject> Creates { get; } = new();

    public int RetryAfterSeconds { get; set; } = 30;

    public static string ChatCreatedFor(string userId) => "a:created-" + userId;

    public string ServiceUrl => server.BaseUrl + "/";

    public static async Task<ScriptedConnector> StartAsync()
    {
        var connector = new ScriptedConnector();
        connector.server = await LocalHttpServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", connector.AnswerAsync);
            app.MapPost("/v3/conversations", connector.CreateAsync);
        });
        return connector;
    }

    public void Script(string conversationId, params int[] statuses) => scripts[conversationId] = new(statuses);

    public void HoldFrom(int request) => holdFrom = request;

    public void Release() => gate.TrySetResult();

    private async Task<IResult> AnswerAsync(string conversationId, HttpRequest request)
    {
        var activity = await request.ReadFromJsonAsync<JsonObject>() ?? [];
        var text = (string?)activity["text"];
        if (Interlocked.Increment(ref arrivals) >= holdFrom) await gate.Task;
        var status = scripts.TryGetValue(conversationId, out var script) && script.TryDequeue(out var next) ? next : 201;
        Attempts.Enqueue(new SendAttempt(conversationId, text, status, activity));
        if (status == 201)
        {
            Delivered.Enqueue(text);
            Taken.Enqueue(activity);
            return Results.Json(new { id = "sent-" + Delivered.Count }, statusCode: 201);
        }
        if (status == 429) request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return Results.Json(new { error = new { code = status == 429 ? "TooManyRequests" : "Failed" } }, statusCode: status);
    }

    private async Task<IResult> CreateAsync(HttpRequest request)
    {
        var body = await request.ReadFromJsonAsync<JsonObject>() ?? [];
        Creates.Enqueue(body);
        var member = (string?)body["members"]?[0]?["id"] ?? "";
        var status = scripts.TryGetValue("create:" + member, out var script) && script.TryDequeue(out var next) ? next : 201;
        if (status == 201) return Results.Json(new { id = ChatCreatedFor(member) }, statusCode: 201);
        if (status == 429) request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return Results.Json(new { error = new { code = status == 403 ? "BotNotInConversationRoster" : "Failed" } }, statusCode: status);
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await server.DisposeAsync();
    }
}
