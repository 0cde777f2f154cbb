using Azure;

namespace StakeholderBot.Storage.State;

// Whose state: one entry per conversation, user and flow (e.g. "survey", "meeting"). Respondent, the pseudonym of the
// person the state is about, is stored with it so their request to see or erase their data finds it.
public sealed record ConversationStateKey(string ConversationId, string UserId, string Flow)
{
    public string? Respondent { get; init; }
}

// A state as read, with the ETag to pass back to SaveAsync.
public sealed record StoredState<T>(T State, ETag ETag);

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
