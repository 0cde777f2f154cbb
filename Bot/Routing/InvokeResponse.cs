using System.Text.Json.Nodes;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Dialogs;

namespace StakeholderBot.Bot.Routing;

// The HTTP answer to an invoke: status and body, written by the endpoint as the response.
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    public static InvokeResponse NotImplemented { get; } = new(501, null);

    // Handled outcomes are HTTP 200 with the status in the body, as Universal Actions specify.
    public static InvokeResponse From(InvokeReply? reply) => reply switch
    {
        InvokeReply.Card card => new(200, new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = AttachmentContentTypes.AdaptiveCard,
            ["value"] = card.Content.DeepClone(),
        }),
        InvokeReply.Message message => new(200, new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = "application/vnd.microsoft.activity.message",
            ["value"] = message.Text,
        }),
        InvokeReply.Error error => Error(error.StatusCode, error.Code, error.Text),
        InvokeReply.Empty => new(200, new JsonObject()),
        null => new(200, new JsonObject()),
        _ => throw new ArgumentOutOfRangeException(nameof(reply)),
    };

    public static InvokeResponse Error(int statusCode, string code, string message) => new(200, new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });
}
