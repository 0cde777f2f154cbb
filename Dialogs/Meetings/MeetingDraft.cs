using Azure;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage;
using StakeholderBot.Storage.State;

namespace StakeholderBot.Dialogs.Meetings;

// A meeting form being filled in step by step: every value typed so far (checked or not), where the user is,
// and, once saved, which meeting it became. Kept in the conversation state so any instance continues it.
// Card numbers the card in use: opening the form again posts a new card and retires the older ones.
public sealed record MeetingDraft(
    string FormId,
    int Step,
    Dictionary<string, string> Values,
    IReadOnlyList<ActionRow> Rows,
    MeetingEditTarget? Edit = null,
    int Card = 0,
    SavedMeeting? Saved = null,
    string? LastActivityId = null);

public sealed record SavedMeeting(string PartitionKey, string MeetingId);

// One draft per conversation and user: the form in use. Saves are once per activity, so a Teams retry of the
// same button writes nothing the second time.
public sealed class MeetingDraftStore(ConversationStateStore states)
{
    public const string Flow = "meeting-form";

    public Task<StoredState<MeetingDraft>?> GetAsync(Turn turn, CancellationToken cancellationToken) =>
        states.GetAsync<MeetingDraft>(KeyOf(turn), cancellationToken);

    public Task<SaveResult> SaveAsync(Turn turn, MeetingDraft draft, ETag? expected, CancellationToken cancellationToken) =>
        states.SaveAsync(KeyOf(turn), draft with { LastActivityId = turn.ActivityId }, expected, ActivityIdOf(turn), cancellationToken);

    public Task DeleteAsync(Turn turn, ETag expected, CancellationToken cancellationToken) =>
        states.DeleteAsync(KeyOf(turn), expected, cancellationToken);

    private static ConversationStateKey KeyOf(Turn turn) => new(turn.Conversation.Id, turn.User.Id, Flow);

    private static string ActivityIdOf(Turn turn) => turn.ActivityId is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N");
}
