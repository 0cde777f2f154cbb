using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Faults;

public enum ModelBehaviour { Answers, TimesOut, Fails500, Throttles429, ReturnsGarbage, ReturnsNoChoices, DropsTheConnection }

// An OpenAI-compatible chat endpoint whose behaviour the test sets. It checks every request it receives is a
// proper chat completion call (path, key, model, system and user messages) and records what is wrong.
public sealed class ModelStub : IAsyncDisposable
{
    public const string Key = "test-openai-key";
    public const string Model = "gpt-test";
    private LocalHttpServer server = null!;

    public ModelBehaviour Behaviour { get; set; }

    public ConcurrentQueue<string> Problems { get; } = new();

    public int Calls => server.Requests.Count(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal));

    public string Endpoint => server.BaseUrl + "/v1";

    public static async Task<ModelStub> StartAsync()
    {
        var stub = new ModelStub();
        stub.server = await LocalHttpServer.StartAsync(app => app.MapPost("/v1/chat/completions", (Delegate)stub.AnswerAsync));
        return stub;
    }

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        var request = await context.Request.ReadFromJsonAsync<JsonObject>();
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + Key) Problems.Enqueue("no or wrong API key");
        if (request?["model"]?.ToString() != Model) Problems.Enqueue($"model '{request?["model"]}'");
        var roles = (request?["messages"] as JsonArray)?.Select(m => m?["role"]?.ToString()).ToList() ?? [];
        if (!roles.SequenceEqual(["system", "user"])) Problems.Enqueue("messages: " + string.Join(",", roles));
        switch (Behaviour)
        {
            case ModelBehaviour.TimesOut:
                await Task.Delay(TimeSpan.FromSeconds(15), context.RequestAborted).ContinueWith(_ => { });
                return Results.StatusCode(504);
            case ModelBehaviour.Fails500:
                return Results.Json(new { error = new { message = "internal error", type = "server_error" } }, statusCode: 500);
            case ModelBehaviour.Throttles429:
                context.Response.Headers.RetryAfter = "1";
                return Results.Json(new { error = new { message = "rate limited", type = "rate_limit" } }, statusCode: 429);
            case ModelBehaviour.ReturnsGarbage:
                return Results.Text("<html>not json</html>", "application/json");
            case ModelBehaviour.ReturnsNoChoices:
                return Results.Json(new { id = "x", @object = "chat.completion", created = 1, model = Model, choices = Array.Empty<object>() });
            case ModelBehaviour.DropsTheConnection:
                context.Abort();
                return Results.Empty;
            default:
                const string answer = "MODEL-WROTE-THIS: UpGradeSME is an Interreg Europe project for small firms [1].";
                return request?["stream"]?.GetValue<bool>() == true ? ChatCompletions.Streamed(Model, answer) : ChatCompletions.Reply(Model, answer);
        }
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();
}
