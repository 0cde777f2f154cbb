using Azure;

namespace StakeholderBot.Storage.State;

// Whose state: one entry per conversation, user and flow (e.g. "survey", "meeting"). Respondent, the pseudonym of the
// person the state is about, is stored with it so their request to see or erase their data finds it.
// A state kept for the whole conversation (not one of its users) has WholeConversation as its user; it carries a
// Respondent only in a personal chat, whose conversation is then that person's.
public sealed record ConversationStateKey(string ConversationId, string UserId, string Flow)
{
    public const string WholeConversation = "conversation";

    public string? Respondent { get; init; }
}

// A state as read, with the ETag to pass back to SaveAsync.
public sealed record StoredState<T>(T State, ETag ETag);

// A state as read for a copy kept in memory across turns: State null when there is none or it was erased; ETag null
// when there is no row at all; Erasure, the generation of the row's last erase ("" for never), to save with.
public sealed record StateRead<T>(T? State, ETag? ETag, string Erasure) where T : class;

public enum SaveOutcome
{
    Saved,
    // This activity was already saved (a Teams retry); nothing was written again.
    AlreadyApplied,
}

public sealed record SaveResult(SaveOutcome Outcome, ETag ETag)
{
    public bool AlreadyApplied => Outcome == SaveOutcome.AlreadyApplied;
}
