using Azure;
using StakeholderBot.Storage;
using StakeholderBot.Storage.State;

namespace StakeholderBot.Dialogs.Survey.Filling;

// A respondent's progress in the conversation state: one entry per conversation and user, so in a group
// chat every member has their own copy. Reads carry the ETag the next save must match.
public sealed class SurveyProgressStore(ConversationStateStore states, Pseudonyms pseudonyms)
{
    public const string Flow = "survey";

    public Task<StoredState<SurveyProgress>?> GetAsync(Turn turn, CancellationToken cancellationToken) =>
        states.GetAsync<SurveyProgress>(KeyOf(turn), cancellationToken);

    // Saves once per activity: a Teams retry of the same Action.Execute writes nothing the second time.
    public Task<SaveResult> SaveAsync(Turn turn, SurveyProgress progress, ETag? expected, CancellationToken cancellationToken) =>
        states.SaveAsync(KeyOf(turn), progress with { LastActivityId = turn.ActivityId }, expected, ActivityIdOf(turn), cancellationToken);

    private ConversationStateKey KeyOf(Turn turn) => new(turn.Conversation.Id, turn.User.Id, Flow) { Respondent = pseudonyms.Of(turn.User) };

    // Every turn from Teams has an id; a local client that sends none still gets exactly one write.
    private static string ActivityIdOf(Turn turn) => turn.ActivityId is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N");
}
