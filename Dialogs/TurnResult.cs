using System.Text.Json.Nodes;
using StakeholderBot.Knowledge;

namespace StakeholderBot.Dialogs;

// What a flow returns: messages to post in the conversation and, for an invoke, the invoke's answer.
public sealed record TurnResult(IReadOnlyList<Reply> Replies, InvokeReply? Invoke = null)
{
    public static TurnResult Nothing { get; } = new([]);

    public static TurnResult Say(params Reply[] replies) => new(replies);

    public static TurnResult SayText(string text) => new([Reply.FromText(text)]);

    public static TurnResult Answer(InvokeReply invoke, params Reply[] replies) => new(replies, invoke);
}

// A message to post: text (markdown as Teams renders it), an optional Adaptive Card,
// citations matching [n] markers in the text, and Teams' AI label / feedback buttons.
public sealed record Reply(
    string? Text,
    JsonObject? Card = null,
    IReadOnlyList<Citation>? Citations = null,
    bool AiGenerated = false,
    bool FeedbackButtons = false)
{
    public static Reply FromText(string text) => new(text);

    public static Reply FromCard(JsonObject card, string? text = null) => new(text, card);
}

// The answer to an invoke, returned up the call stack to become the HTTP response.
public abstract record InvokeReply
{
    public sealed record Card(JsonObject Content) : InvokeReply;

    public sealed record Message(string Text) : InvokeReply;

    public sealed record Error(int StatusCode, string Code, string Text) : InvokeReply;

    // message/submitAction must be answered with an empty JSON object.
    public sealed record Empty : InvokeReply;
}
