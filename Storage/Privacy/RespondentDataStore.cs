using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.Feedback;
using StakeholderBot.Storage.Proactive;
using StakeholderBot.Storage.State;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Storage.Privacy;

// Everything stored about one respondent: survey responses, contact details, conversation state, answer feedback.
public sealed record RespondentRecords(
    IReadOnlyList<SurveyResponse> Responses, IReadOnlyList<SurveyContact> Contacts, int StateEntries, IReadOnlyList<AnswerFeedback> Feedback);

// ChatReferences: where to reach their personal chat (service URL, tenant), written again when they next write, and
// the listing of their open surveys for the nudge.
public sealed record ErasedRecords(int Responses, int Contacts, int StateEntries, int Feedback, int ChatReferences);

// The one place that knows every table holding data about a person, so showing it and erasing it cannot miss one.
// Erasing is idempotent: what is already gone counts as erased by someone else, and a second run erases nothing.
public sealed class RespondentDataStore(
    SurveyResponseStore responses, SurveyContactStore contacts, ConversationStateStore states, AnswerFeedbackStore feedback,
    ConversationReferenceStore references, OpenSurveyStore openSurveys, SurveyInvitationStore invitations)
{
    public async Task<RespondentRecords> FindAsync(RespondentIds ids, CancellationToken cancellationToken)
    {
        var found = responses.ForRespondentAsync(ids.Respondent, cancellationToken);
        var contact = contacts.ForRespondentAsync(ids.Respondent, cancellationToken);
        var state = states.CountForRespondentAsync(ids, cancellationToken);
        var reactions = feedback.ForRespondentAsync(ids.Respondent, ids.PersonalConversationId, cancellationToken);
        await Task.WhenAll(found, contact, state, reactions).ConfigureAwait(false);
        return new RespondentRecords(await found, await contact, await state, await reactions);
    }

    public async Task<ErasedRecords> EraseAsync(RespondentIds ids, CancellationToken cancellationToken) => new(
        await responses.EraseRespondentAsync(ids.Respondent, cancellationToken).ConfigureAwait(false),
        await contacts.EraseRespondentAsync(ids.Respondent, cancellationToken).ConfigureAwait(false),
        await states.EraseRespondentAsync(ids, cancellationToken).ConfigureAwait(false),
        await feedback.EraseRespondentAsync(ids.Respondent, ids.PersonalConversationId, cancellationToken).ConfigureAwait(false),
        (ids.PersonalConversationId is { Length: > 0 } personal
            ? await references.EraseConversationAsync(personal, cancellationToken).ConfigureAwait(false)
            : 0)
            + await openSurveys.EraseAsync(ids.Respondent, ids.UserId, ids.PersonalConversationId, cancellationToken).ConfigureAwait(false)
            + await invitations.EraseMemberAsync(ids.Respondent, cancellationToken).ConfigureAwait(false));
}
