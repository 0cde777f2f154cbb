using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.Feedback;
using StakeholderBot.Storage.Proactive;
using StakeholderBot.Storage.State;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Storage.Privacy;

// Everything stored about one person: survey responses, contact details, conversation state, answer feedback, and a
// project manager's reminder settings.
public sealed record RespondentRecords(
    IReadOnlyList<SurveyResponse> Responses, IReadOnlyList<SurveyContact> Contacts, int StateEntries, IReadOnlyList<AnswerFeedback> Feedback,
    IReadOnlyList<ManagerProfile> ManagerProfiles);

// ChatReferences: where to reach their personal chat (service URL, tenant), written again when they next write, and
// the listing of their open surveys for the nudge. ScheduledSends: the send ledger's rows of their reminders and nudges.
public sealed record ErasedRecords(int Responses, int Contacts, int StateEntries, int Feedback, int ManagerProfiles, int ChatReferences, int ScheduledSends)
{
    public static readonly ErasedRecords None = new(0, 0, 0, 0, 0, 0, 0);

    public ErasedRecords Plus(ErasedRecords more) => new(Responses + more.Responses, Contacts + more.Contacts, StateEntries + more.StateEntries,
        Feedback + more.Feedback, ManagerProfiles + more.ManagerProfiles, ChatReferences + more.ChatReferences, ScheduledSends + more.ScheduledSends);
}

// The one place that knows every table holding data about a person, so showing it and erasing it cannot miss one.
// Erasing is idempotent: what is already gone counts as erased by someone else, and a second run erases nothing.
public sealed class RespondentDataStore(
    SurveyResponseStore responses, SurveyContactStore contacts, ConversationStateStore states, AnswerFeedbackStore feedback,
    ConversationReferenceStore references, OpenSurveyStore openSurveys, SurveyInvitationStore invitations, ManagerProfileStore managers,
    SendLedger ledger)
{
    public async Task<RespondentRecords> FindAsync(RespondentIds ids, CancellationToken cancellationToken)
    {
        var found = responses.ForRespondentAsync(ids.Respondent, cancellationToken);
        var contact = contacts.ForRespondentAsync(ids.Respondent, cancellationToken);
        var state = states.CountForRespondentAsync(ids, cancellationToken);
        var reactions = feedback.ForRespondentAsync(ids.Respondent, ids.PersonalConversationId, cancellationToken);
        var profiles = managers.ForRespondentAsync(ids, cancellationToken);
        await Task.WhenAll(found, contact, state, reactions, profiles).ConfigureAwait(false);
        return new RespondentRecords(await found, await contact, await state, await reactions, await profiles);
    }

    // A project manager names a person only by their code: their Teams user ids and personal chats are what rows
    // carrying the code link it to (a chat's reference, its questions, an open survey, reminder settings, survey
    // progress, and the personal chats stored under those user ids), so that what was kept for the chat before it carried the code is reached too. One RespondentIds per
    // chat or user id found (a person rarely has more than one personal chat with the bot); the first one at least.
    public async Task<IReadOnlyList<RespondentIds>> LinkAsync(string respondent, CancellationToken cancellationToken)
    {
        var state = states.LinksOfAsync(respondent, cancellationToken);
        var open = openSurveys.LinksOfAsync(respondent, cancellationToken);
        var chats = references.PersonalChatsOfAsync(respondent, cancellationToken);
        var profiles = managers.ForRespondentAsync(new RespondentIds(respondent), cancellationToken);
        await Task.WhenAll(state, open, chats, profiles).ConfigureAwait(false);
        var users = (await state).UserIds.Concat((await open).UserIds).Distinct(StringComparer.Ordinal).ToList();
        var started = new List<string>();
        foreach (var user in users)
            started.AddRange((await references.ListPersonalAsync(user, cancellationToken).ConfigureAwait(false)).Select(r => r.ConversationId));
        var personal = (await state).PersonalChats.Concat((await open).PersonalChats).Concat(await chats).Concat(started)
            .Concat((await profiles).Select(p => p.ConversationId)).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var managerKey = (await profiles).Select(p => p.UserKey).FirstOrDefault();
        return Enumerable.Range(0, Math.Max(1, Math.Max(users.Count, personal.Count)))
            .Select(i => new RespondentIds(respondent, users.ElementAtOrDefault(i), personal.ElementAtOrDefault(i), managerKey))
            .ToList();
    }

    public async Task<ErasedRecords> EraseAsync(IReadOnlyList<RespondentIds> linked, CancellationToken cancellationToken)
    {
        var erased = ErasedRecords.None;
        foreach (var ids in linked) erased = erased.Plus(await EraseAsync(ids, cancellationToken).ConfigureAwait(false));
        return erased;
    }

    public async Task<ErasedRecords> EraseAsync(RespondentIds ids, CancellationToken cancellationToken)
    {
        // The ledger knows a nudge by its response id: collected before the responses and listings that hold them go.
        var responseIds = (await responses.ForRespondentAsync(ids.Respondent, cancellationToken).ConfigureAwait(false)).Select(r => r.ResponseId).ToList();
        var erasedResponses = await responses.EraseRespondentAsync(ids.Respondent, cancellationToken).ConfigureAwait(false);
        var erasedContacts = await contacts.EraseRespondentAsync(ids.Respondent, cancellationToken).ConfigureAwait(false);
        var erasedState = await states.EraseRespondentAsync(ids, cancellationToken).ConfigureAwait(false);
        var erasedFeedback = await feedback.EraseRespondentAsync(ids.Respondent, ids.PersonalConversationId, cancellationToken).ConfigureAwait(false);
        var erasedProfiles = await managers.EraseRespondentAsync(ids, cancellationToken).ConfigureAwait(false);
        var open = await openSurveys.EraseAsync(ids, cancellationToken).ConfigureAwait(false);
        var chats = ids.PersonalConversationId is { Length: > 0 } personal
            ? await references.EraseConversationAsync(personal, cancellationToken).ConfigureAwait(false)
            : 0;
        chats += open.Count + await invitations.EraseMemberAsync(ids.Respondent, cancellationToken).ConfigureAwait(false);
        var sends = await ledger.EraseKeysAsync([ids.Respondent, .. responseIds, .. open], cancellationToken).ConfigureAwait(false);
        return new ErasedRecords(erasedResponses, erasedContacts, erasedState, erasedFeedback, erasedProfiles, chats, sends);
    }
}
