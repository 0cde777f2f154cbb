namespace StakeholderBot.Dialogs;

// One inbound activity as a flow sees it: no HTTP, no protocol JSON. TimeZone: the IANA name the user's Teams
// client reported, when it did. Files: what was sent with a message.
public sealed record Turn(
    string ActivityId,
    TurnKind Kind,
    ConversationRef Conversation,
    UserRef User,
    string Locale,
    string Text,
    CardAction? Action = null,
    FeedbackInput? Feedback = null,
    string? TimeZone = null,
    IReadOnlyList<Documents.IncomingFile>? Files = null)
{
    // Two-letter language of the activity's locale ("nl-NL" -> "nl"), English when unknown.
    public string Language => Locales.LanguageOf(Locale);
}

public enum TurnKind { Message, BotAdded, CardAction, Feedback }

public enum ConversationKind { Personal, GroupChat, Channel }

public sealed record ConversationRef(string Id, ConversationKind Kind, string? TenantId, string? Name = null);

public sealed record UserRef(string Id, string? AadObjectId, string? Name);

// An Adaptive Card action (Action.Execute or Action.Submit): its verb and the card's input values,
// flattened to strings by the host. IsInvoke tells whether the reply can replace the card.
public sealed record CardAction(string Verb, IReadOnlyDictionary<string, string> Values, bool IsInvoke);

// Teams' feedback buttons (message/submitAction): like or dislike with an optional comment.
public sealed record FeedbackInput(string Reaction, string? Comment, string? ReplyToId);
