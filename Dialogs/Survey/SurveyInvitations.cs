using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

// How far the members of a chat got with a survey posted there: opened, started, finished, by pseudonym. The
// tracking is a report, never in the way of a respondent: a storage failure is logged and the survey goes on.
public sealed class SurveyInvitations(SurveyInvitationStore store, Pseudonyms pseudonyms, ILogger<SurveyInvitations> logger)
{
    public Task MarkAsync(Turn turn, InvitationStage stage, CancellationToken cancellationToken) =>
        turn.Conversation.Kind == ConversationKind.Personal ? Task.CompletedTask : MarkAsync(turn.Conversation.Id, turn.User, stage, cancellationToken);

    // A response from this chat's invitation that went on elsewhere (the member's personal chat).
    public async Task MarkAsync(string conversationId, UserRef member, InvitationStage stage, CancellationToken cancellationToken)
    {
        try
        {
            await store.MarkAsync(conversationId, pseudonyms.Of(member), stage, cancellationToken);
        }
        catch (StoreException e)
        {
            logger.LogWarning("Survey invitation progress ({Stage}) not recorded: {Reason}", stage, e.Message);
        }
    }
}
