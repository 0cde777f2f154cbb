using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

// How far the members of a chat got with a survey posted there: opened, started, finished, by pseudonym. The
// tracking is a report, never in the way of a respondent: a storage failure is logged and the survey goes on.
public sealed class SurveyInvitations(SurveyInvitationStore store, Pseudonyms pseudonyms, ILogger<SurveyInvitations> logger)
{
    public async Task MarkAsync(Turn turn, InvitationStage stage, CancellationToken cancellationToken)
    {
        if (turn.Conversation.Kind == ConversationKind.Personal) return;
        try
        {
            await store.MarkAsync(turn.Conversation.Id, pseudonyms.Of(turn.User), stage, cancellationToken);
        }
        catch (StoreException e)
        {
            logger.LogWarning("Survey invitation progress ({Stage}) not recorded: {Reason}", stage, e.Message);
        }
    }
}
