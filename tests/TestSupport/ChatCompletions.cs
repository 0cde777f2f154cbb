using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace StakeholderBot.TestSupport;

// The body an OpenAI-compatible /chat/completions endpoint answers with, for the local model stubs.
public static class ChatCompletions
{
    public static JsonObject Body(string model, string content) => new()
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
    };

    public static IResult Reply(string model, string content) => Results.Json(Body(model, content));

    // One streamed chunk (chat.completion.chunk): a delta, or with no delta the usage chunk that ends a stream.
    public static JsonObject Chunk(string model, JsonObject? delta, string? finish)
    {
        var chunk = new JsonObject { ["id"] = "chatcmpl-stub", ["object"] = "chat.completion.chunk", ["created"] = 1_700_000_000, ["model"] = model };
        chunk["choices"] = delta is null ? new JsonArray()
            : new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish });
        return chunk;
    }

    public static JsonObject Usage(int input, int output) => new() { ["prompt_tokens"] = input, ["completion_tokens"] = output, ["total_tokens"] = input + output };

    // The whole answer as server-sent events, as the endpoint streams it when asked to (stream: true).
    public static IResult Streamed(string model, string content)
    {
        var usage = Chunk(model, null, null);
        usage["usage"] = Usage(10, 5);
        JsonObject[] chunks = [Chunk(model, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null),
            Chunk(model, new JsonObject { ["content"] = content }, null), Chunk(model, new JsonObject(), "stop"), usage];
        return Results.Text(string.Concat(chunks.Select(c => "data: " + c.ToJsonString() + "\n\n")) + "data: [DONE]\n\n", "text/event-stream");
    }
}
