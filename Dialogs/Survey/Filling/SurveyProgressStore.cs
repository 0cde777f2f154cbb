using Azure;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Proactive;
using StakeholderBot.Storage.State;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey.Filling;

// A respondent's progress in the conversation state: one entry per conversation and user, so in a group
// chat every member has their own copy. Reads carry the ETag the next save must match. An open response is also
// listed in the open surveys (for the nudge to finish it, in the respondent's personal chat wherever it was
// started); the listing is an index, so a failed write there is logged and the survey goes on.
public sealed class SurveyProgressStore(ConversationStateStore states, OpenSurveyStore open, SurveyInvitations invitations, Pseudonyms pseudonyms,
    TimeProvider time, ILogger<SurveyProgressStore> logger)
{
    public const string Flow = "survey";

    public Task<StoredState<SurveyProgress>?> GetAsync(Turn turn, CancellationToken cancellationToken) =>
        states.GetAsync<SurveyProgress>(KeyOf(turn), cancellationToken);

    public Task<StoredState<SurveyProgress>?> GetAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        states.GetAsync<SurveyProgress>(new ConversationStateKey(conversationId, userId, Flow), cancellationToken);

    // The response moved on to another conversation: its copy here goes, unless it changed since it was read.
    public Task RemoveAsync(string conversationId, string userId, ETag expected, CancellationToken cancellationToken) =>
        states.DeleteAsync(new ConversationStateKey(conversationId, userId, Flow), expected, cancellationToken);

    // Saves once per activity: a Teams retry of the same Action.Execute writes nothing the second time.
    public async Task<SaveResult> SaveAsync(Turn turn, SurveyProgress progress, ETag? expected, CancellationToken cancellationToken)
    {
        var saved = await states.SaveAsync(KeyOf(turn), progress with { LastActivityId = turn.ActivityId }, expected, ActivityIdOf(turn), cancellationToken);
        await ListAsync(turn, progress, cancellationToken);
        var stage = progress.Submitted ? InvitationStage.Finished : InvitationStage.Started;
        if (turn.Conversation.Kind != ConversationKind.Personal) await invitations.MarkAsync(turn, stage, cancellationToken);
        else if (progress.Origin is { } origin && progress.Submitted) await invitations.MarkAsync(origin, turn.User, stage, cancellationToken);
        return saved;
    }

    private async Task ListAsync(Turn turn, SurveyProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            if (progress.Submitted) await open.RemoveAsync(progress.ResponseId, cancellationToken);
            else await open.TrackAsync(new OpenSurvey(progress.ResponseId, turn.Conversation.Id, turn.User.Id, progress.SurveyId,
                turn.Language, time.GetUtcNow(), Nudged: false, Shared: turn.Conversation.Kind != ConversationKind.Personal)
                { Respondent = pseudonyms.Of(turn.User) }, cancellationToken);
        }
        catch (StoreException e)
        {
            logger.LogWarning("Open survey {ResponseId} not listed for the nudge: {Reason}", progress.ResponseId, e.Message);
        }
    }

    private ConversationStateKey KeyOf(Turn turn) => new(turn.Conversation.Id, turn.User.Id, Flow) { Respondent = pseudonyms.Of(turn.User) };

    // Every turn from Teams has an id; a local client that sends none still gets exactly one write.
    private static string ActivityIdOf(Turn turn) => turn.ActivityId is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N");
}
