using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace StakeholderBot.TestSupport;

public enum ModelApi { Azure, OpenAI }

public enum ChatKind { Rewrite, Answer, Other }

// One chat call as the stub read it: which deployment, the messages by role, and whether a stream was asked for.
public sealed record ChatCall(string Deployment, IReadOnlyList<(string Role, string Text)> Messages, bool Stream)
{
    public string System => Messages.FirstOrDefault(m => m.Role == "system").Text ?? "";
    public string User => Messages.LastOrDefault(m => m.Role == "user").Text ?? "";

    // A rewrite call's question: the text between its markers.
    public string Question => Regex.Match(User, @"<<<Q-[0-9a-f]+>>>\n(.*)\n<<<END", RegexOptions.Singleline).Groups[1].Value;

    // The fenced sources of an answer call, in order: their number is their position + 1.
    public IReadOnlyList<string> Sources => Regex.Matches(User, @"<<<SRC-[0-9a-f]{12} \d+>>>\n(.*?)\n<<<END SRC-", RegexOptions.Singleline)
        .Select(m => m.Groups[1].Value).ToList();

    // The number a model would cite for a fact: the first source that states it (0 when none does).
    public int SourceWith(string fact)
    {
        var sources = Sources;
        for (var i = 0; i < sources.Count; i++) if (sources[i].Contains(fact, StringComparison.Ordinal)) return i + 1;
        return 0;
    }

    // Told apart by their instructions, as the bot words them.
    public ChatKind Kind => System.Contains("search query", StringComparison.Ordinal) ? ChatKind.Rewrite
        : System.Contains("numbered sources", StringComparison.Ordinal) ? ChatKind.Answer
        : ChatKind.Other;
}

// What a scripted chat reply writes: chunks (each one a streamed delta, or joined into one message when the bot did
// not ask for a stream). The script may wait between chunks, or never finish (a model that stalls).
public sealed class ChatReply(Func<string, Task> write)
{
    public Task WriteAsync(string chunk) => write(chunk);
}

// Thrown by a chat script before it writes anything: the call is answered with this status instead.
public sealed class ModelStatus(int status) : Exception($"The stub answers {status}.")
{
    public int Status { get; } = status;
}

public sealed record EmbeddingCall(string Deployment, IReadOnlyList<string> Inputs, int Status);

// Azure OpenAI (deployments by name, api-version, api-key or Entra token) and the OpenAI API (/v1, model in the body),
// on a local port, answering chat completions (plain and streamed as server-sent events, with usage) and embeddings
// as the scripts say. It checks every request and records what is wrong in Problems, for the test to assert empty.
public sealed class ModelService : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> embeddingStatuses = new();
    private LocalHttpServer server = null!;

    private ModelService(ModelApi api, string chatModel, string? embeddingModel, string? key, Func<string?>? token)
    {
        Api = api;
        ChatModel = chatModel;
        EmbeddingModel = embeddingModel;
        Key = key;
        Token = token;
    }

    public ModelApi Api { get; }
    public string ChatModel { get; }
    public string? EmbeddingModel { get; }
    public string? Key { get; }
    // The bearer token the bot must send when it has no key (the one the local token endpoint issued).
    public Func<string?>? Token { get; }

    public const string ApiVersionParameter = "api-version";

    public ConcurrentQueue<string> Problems { get; } = new();
    public ConcurrentQueue<ChatCall> ChatCalls { get; } = new();
    public ConcurrentQueue<EmbeddingCall> EmbeddingCalls { get; } = new();
    public ConcurrentQueue<string> ApiVersions { get; } = new();

    // The scripts: what each kind of chat call answers. Defaults: the question kept as it is, and no answer.
    public Func<ChatCall, ChatReply, Task> Rewrite { get; set; } = (call, reply) => reply.WriteAsync("en: " + call.Question);
    public Func<ChatCall, ChatReply, Task> Answer { get; set; } = (_, reply) => reply.WriteAsync("NOT_IN_SOURCES");
    public Func<ChatCall, ChatReply, Task> Other { get; set; } = (_, reply) => reply.WriteAsync("A narrative.");
    public int RetryAfterSeconds { get; set; } = 7;

    // How long each embeddings request takes to answer (a deployment's latency, for the benchmark).
    public TimeSpan EmbeddingLatency { get; set; } = TimeSpan.Zero;

    // The vector of a text: by default its words hashed into 64 dimensions (texts sharing words are close), cheap and
    // the same on every run; a test may give the real embedding model instead.
    public Func<string, float[]> Embed { get; set; } = HashedWords;

    // The endpoint as the bot is configured with it: the resource URL for Azure, the /v1 base for the OpenAI API.
    public string Endpoint => Api == ModelApi.Azure ? server.BaseUrl + "/" : server.BaseUrl + "/v1";

    public static async Task<ModelService> StartAsync(ModelApi api, string chatModel = "chat-test", string? embeddingModel = null,
        string? key = "test-model-key", Func<string?>? token = null)
    {
        var service = new ModelService(api, chatModel, embeddingModel, key, token);
        service.server = await LocalHttpServer.StartAsync(app =>
        {
            app.MapPost("/openai/deployments/{deployment}/chat/completions", (string deployment, HttpContext c) => service.ChatAsync(c, deployment, ModelApi.Azure));
            app.MapPost("/openai/deployments/{deployment}/embeddings", (string deployment, HttpContext c) => service.EmbeddingsAsync(c, deployment, ModelApi.Azure));
            app.MapPost("/v1/chat/completions", (HttpContext c) => service.ChatAsync(c, null, ModelApi.OpenAI));
            app.MapPost("/v1/embeddings", (Delegate)((HttpContext c) => service.EmbeddingsAsync(c, null, ModelApi.OpenAI)));
            app.MapFallback((Delegate)((HttpContext c) =>
            {
                service.Problems.Enqueue($"unexpected request {c.Request.Method} {c.Request.Path}{c.Request.QueryString}");
                return Results.NotFound();
            }));
        });
        return service;
    }

    // The next embedding requests answer these statuses (429 with Retry-After, 500, ...), then 200.
    public void ScriptEmbeddings(params int[] statuses)
    {
        foreach (var status in statuses) embeddingStatuses.Enqueue(status);
    }

    public IReadOnlyList<ChatCall> Calls(ChatKind kind) => ChatCalls.Where(c => c.Kind == kind).ToList();

    private async Task ChatAsync(HttpContext context, string? deployment, ModelApi api)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        Check(context, api, deployment, body, ChatModel);
        var messages = (body["messages"] as JsonArray ?? []).Select(m => ((string?)m!["role"] ?? "", Text(m["content"]))).ToList();
        var call = new ChatCall(deployment ?? (string?)body["model"] ?? "", messages, (bool?)body["stream"] == true);
        ChatCalls.Enqueue(call);
        var script = call.Kind switch { ChatKind.Rewrite => Rewrite, ChatKind.Answer => Answer, _ => Other };
        var written = new StringBuilder();
        if (!call.Stream)
        {
            try
            {
                await script(call, new ChatReply(chunk => { written.Append(chunk); return Task.CompletedTask; }));
            }
            catch (ModelStatus status)
            {
                await Status(context, status.Status);
                return;
            }
            await context.Response.WriteAsJsonAsync(ChatCompletions.Body(call.Deployment, written.ToString()));
            return;
        }
        if (body["stream_options"]?["include_usage"] is null) Problems.Enqueue("a streamed chat call without stream_options.include_usage");
        var started = false;
        try
        {
            await script(call, new ChatReply(async chunk =>
            {
                if (!started)
                {
                    started = true;
                    context.Response.ContentType = "text/event-stream";
                    await Event(context, ChatCompletions.Chunk(call.Deployment, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null));
                }
                written.Append(chunk);
                await Event(context, ChatCompletions.Chunk(call.Deployment, new JsonObject { ["content"] = chunk }, null));
            }));
        }
        catch (ModelStatus status) when (!started)
        {
            await Status(context, status.Status);
            return;
        }
        if (!started)
        {
            context.Response.ContentType = "text/event-stream";
            await Event(context, ChatCompletions.Chunk(call.Deployment, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null));
        }
        await Event(context, ChatCompletions.Chunk(call.Deployment, new JsonObject(), "stop"));
        var usage = ChatCompletions.Chunk(call.Deployment, null, null);
        usage["usage"] = ChatCompletions.Usage(call.Messages.Sum(m => m.Text.Length) / 4, written.Length / 4);
        await Event(context, usage);
        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
    }

    private async Task<IResult> EmbeddingsAsync(HttpContext context, string? deployment, ModelApi api)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        Check(context, api, deployment, body, EmbeddingModel);
        var inputs = body["input"] switch
        {
            JsonArray list => list.Select(i => (string?)i ?? "").ToList(),
            var single => [(string?)single ?? ""],
        };
        if (inputs.Any(string.IsNullOrEmpty)) Problems.Enqueue("an empty text to embed");
        if (EmbeddingLatency > TimeSpan.Zero) await Task.Delay(EmbeddingLatency, context.RequestAborted);
        var status = embeddingStatuses.TryDequeue(out var next) ? next : 200;
        EmbeddingCalls.Enqueue(new EmbeddingCall(deployment ?? (string?)body["model"] ?? "", inputs, status));
        if (status == 429)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { error = new { code = "429", message = "Rate limit reached. Retry after the time given." } }, statusCode: 429);
        }
        if (status != 200) return Results.Json(new { error = new { code = "InternalServerError", message = "failed" } }, statusCode: status);
        var data = new JsonArray(inputs.Select((text, i) => (JsonNode)new JsonObject
        {
            ["object"] = "embedding",
            ["index"] = i,
            ["embedding"] = new JsonArray(Embed(text).Select(v => (JsonNode)JsonValue.Create(v)).ToArray()),
        }).ToArray());
        return Results.Json(new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = deployment ?? (string?)body["model"],
            ["usage"] = new JsonObject { ["prompt_tokens"] = inputs.Sum(t => t.Length) / 4, ["total_tokens"] = inputs.Sum(t => t.Length) / 4 },
        });
    }

    // The request's shape for its API: Azure names the deployment in the path, with an api-version; the OpenAI API
    // names the model in the body. The credential: the key as that API expects it, or the Entra token.
    private void Check(HttpContext context, ModelApi api, string? deployment, JsonObject body, string? expected)
    {
        if (api != Api) Problems.Enqueue($"{api} request to a {Api} service: {context.Request.Path}");
        var name = api == ModelApi.Azure ? deployment : (string?)body["model"];
        if (name != expected) Problems.Enqueue($"deployment or model '{name}', expected '{expected}'");
        if (api == ModelApi.Azure)
        {
            var version = context.Request.Query[ApiVersionParameter].ToString();
            if (version.Length == 0) Problems.Enqueue("no api-version on " + context.Request.Path);
            else ApiVersions.Enqueue(version);
        }
        var authorization = context.Request.Headers.Authorization.ToString();
        var apiKey = context.Request.Headers["api-key"].ToString();
        if (Key is not null)
        {
            var sent = api == ModelApi.Azure ? apiKey : authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..] : "";
            if (sent != Key) Problems.Enqueue($"key sent as '{(api == ModelApi.Azure ? "api-key: " + apiKey : authorization)}'");
        }
        else if (authorization != "Bearer " + Token?.Invoke() || apiKey.Length > 0)
            Problems.Enqueue($"Entra token expected, got Authorization '{authorization}' and api-key '{apiKey}'");
    }

    private static async Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = new { code = status.ToString(System.Globalization.CultureInfo.InvariantCulture), message = "The stub fails this call." } });
    }

    private static async Task Event(HttpContext context, JsonObject data)
    {
        await context.Response.WriteAsync("data: " + data.ToJsonString() + "\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    // The SDK may send content as a string or as a list of text parts.
    private static string Text(JsonNode? content) => content switch
    {
        JsonArray parts => string.Concat(parts.Select(p => (string?)p!["text"])),
        _ => (string?)content ?? "",
    };

    public static float[] HashedWords(string text)
    {
        var vector = new float[64];
        foreach (var word in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(word.Trim('.', ',', ':', ';', '?', '!', '(', ')')));
            vector[hash[0] % 64] += 1;
        }
        var length = MathF.Sqrt(vector.Sum(v => v * v));
        if (length > 0) for (var i = 0; i < vector.Length; i++) vector[i] /= length;
        else vector[0] = 1;
        return vector;
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();
}
