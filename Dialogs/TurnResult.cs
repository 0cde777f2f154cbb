using System.Text.Json.Nodes;
using StakeholderBot.Knowledge;

namespace StakeholderBot.Dialogs;

// What a flow returns: messages to post in the conversation and, for an invoke, the invoke's answer. Streamed: a reply
// written while the user waits (a model's answer), which the host shows as it grows where the client can.
public sealed record TurnResult(IReadOnlyList<Reply> Replies, InvokeReply? Invoke = null)
{
    public StreamedReply? Streamed { get; init; }

    public static TurnResult Nothing { get; } = new([]);

    public static TurnResult Stream(StreamedReply reply) => new([]) { Streamed = reply };

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

// Progress: the line shown while nothing is written yet ("Searching the project documents…"). Updates: the text so far
// each time it grows (plain text, each one continuing the one before), then the reply itself, always last. Enumerated
// once, by the host, with a token of its own: the turn's request may be over by then.
public sealed record StreamedReply(string Progress, IAsyncEnumerable<ReplyUpdate> Updates);

public abstract record ReplyUpdate
{
    public sealed record Draft(string Text) : ReplyUpdate;

    public sealed record Final(Reply Reply) : ReplyUpdate;
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
