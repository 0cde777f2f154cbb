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
}
