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

    // Throttled sends waiting for the second kept for them.
    public int Waiting => throttle?.Waiting ?? 0;

    public void Script(string conversationId, params int[] statuses) => scripts[conversationId] = new(statuses);

    public void HoldFrom(int request) => holdFrom = request;

    public void Release() => gate.TrySetResult();

    // Teams' per-bot rate limit, on the test's clock: at most perSecond sends in each second; one over it is answered
    // 429 with a Retry-After that points at the first second with room, which is then kept for it (the way a
    // token bucket makes room), so a message that waits as told gets through.
    public void Throttle(int perSecond, TimeProvider clock) => throttle = new BotRate(perSecond, clock);

    private BotRate? throttle;

    private sealed class BotRate(int perSecond, TimeProvider clock)
    {
        private readonly Lock gate = new();
        private readonly Dictionary<long, int> used = [];
        private readonly Dictionary<string, long> kept = new(StringComparer.Ordinal);

        public int Waiting { get { lock (gate) return kept.Count; } }

        // Null: through; else the seconds to wait.
        public int? Admit(string conversationId)
        {
            lock (gate)
            {
                var now = clock.GetUtcNow().ToUnixTimeSeconds();
                if (kept.TryGetValue(conversationId, out var slot) && slot <= now)
                {
                    kept.Remove(conversationId);
                    return null;
                }
                if (!kept.ContainsKey(conversationId) && used.GetValueOrDefault(now) < perSecond)
                {
                    used[now] = used.GetValueOrDefault(now) + 1;
                    return null;
                }
                if (kept.TryGetValue(conversationId, out var early)) return (int)(early - now);
                var free = now + 1;
                while (used.GetValueOrDefault(free) >= perSecond) free++;
                used[free] = used.GetValueOrDefault(free) + 1;
                kept[conversationId] = free;
                return (int)(free - now);
            }
        }
    }

    private async Task<IResult> AnswerAsync(string conversationId, HttpRequest request)
    {
        var activity = await request.ReadFromJsonAsync<JsonObject>() ?? [];
        var text = (string?)activity["text"];
        if (Interlocked.Increment(ref arrivals) >= holdFrom) await gate.Task;
        if (throttle?.Admit(conversationId) is { } wait)
        {
            Attempts.Enqueue(new SendAttempt(conversationId, text, 429, activity));
            request.HttpContext.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { error = new { code = "TooManyRequests" } }, statusCode: 429);
        }
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
