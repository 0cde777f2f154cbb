using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Privacy;
using StakeholderBot.Dialogs.Ask;
using StakeholderBot.Dialogs.Reminders;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Privacy;

namespace StakeholderBot.Dialogs.Privacy;

// The rights of the people in the data: `my data` shows a respondent everything stored about them, `delete my data`
// erases it everywhere after a confirmation card, and `delete data <code>` lets a project manager erase a
// respondent's data by the code the survey CSV shows. Only in personal chat: what is shown there is one person's.
// A respondent's own request always acts on the user who sends it, never on anything a card carries.
public sealed partial class PersonalDataFlow(
    AccessPolicy access, Pseudonyms pseudonyms, RespondentDataStore store, SurveyCatalog catalog, AskMemory askMemory,
    ConversationDirectory directory, ManagerDirectory managers, ILogger<PersonalDataFlow> logger)
{
    public async Task<TurnResult> ShowAsync(Turn turn, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turn, null);
        if (turn.Conversation.Kind != ConversationKind.Personal) return TurnResult.SayText(PrivacyTexts.For(language).OnlyPersonal);
        return await WithStoreAsync(language, null, async () =>
        {
            var ids = OwnIds(turn);
            var records = await store.FindAsync(ids, cancellationToken);
            return TurnResult.Say(Reply.FromCard(PersonalDataCards.Stored(PersonalDataViews.Build(ids.Respondent, records, catalog, language))));
        });
    }

    public async Task<TurnResult> AskDeleteAsync(Turn turn, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turn, null);
        if (turn.Conversation.Kind != ConversationKind.Personal) return TurnResult.SayText(PrivacyTexts.For(language).OnlyPersonal);
        return await WithStoreAsync(language, null, async () =>
        {
            var records = await store.FindAsync(OwnIds(turn), cancellationToken);
            return TurnResult.Say(Reply.FromCard(PersonalDataCards.ConfirmDelete(PersonalDataViews.Counts(records), language)));
        });
    }

    // `delete data <code>`: a project manager, in personal chat, names the respondent by their code.
    public async Task<TurnResult> AskEraseAsync(Turn turn, CancellationToken cancellationToken)
    {
        var texts = PrivacyTexts.For("en");
        if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(texts.OnlyManagers);
        if (turn.Conversation.Kind != ConversationKind.Personal) return TurnResult.SayText(texts.OnlyPersonal);
        var code = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2).FirstOrDefault()?.Trim().ToLowerInvariant();
        if (code is null || !Code().IsMatch(code)) return TurnResult.SayText(texts.NotACode);
        return await WithStoreAsync("en", null, async () =>
        {
            var linked = await store.LinkAsync(code, cancellationToken);
            var records = await store.FindAsync(linked[0], cancellationToken);
            return TurnResult.Say(Reply.FromCard(PersonalDataCards.ConfirmErase(code, PersonalDataViews.Counts(records))));
        });
    }

    public async Task<TurnResult> OnActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Action is not { } action) return Invalid();
        var language = LanguageOf(turn, action.Values.GetValueOrDefault(PrivacyActionData.LanguageKey));
        var texts = PrivacyTexts.For(language);
        if (turn.Conversation.Kind != ConversationKind.Personal) return Message(action, texts.OnlyPersonal);
        return action.Verb switch
        {
            CardVerbs.DataAskDelete => await WithStoreAsync(language, action, async () => Card(action, PersonalDataCards.ConfirmDelete(
                PersonalDataViews.Counts(await store.FindAsync(OwnIds(turn), cancellationToken)), language))),
            CardVerbs.DataDelete => await WithStoreAsync(language, action, async () =>
            {
                await ForgetChatAsync(turn.Conversation.Id);
                await managers.ForgetAsync(turn.User);
                var erased = await store.EraseAsync(OwnIds(turn), cancellationToken);
                Log(erased, "the respondent's request");
                return Card(action, PersonalDataCards.Erased(PersonalDataViews.Counts(erased), language));
            }),
            CardVerbs.DataKeep => Card(action, PersonalDataCards.Kept(language)),
            CardVerbs.DataErase => await EraseAsync(turn, action, cancellationToken),
            _ => Invalid(),
        };
    }

    private async Task<TurnResult> EraseAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var texts = PrivacyTexts.For("en");
        // Checked again at the press: a forwarded confirmation card erases nothing for anyone else.
        if (!access.IsProjectManager(turn.User)) return Message(action, texts.OnlyManagers);
        var code = action.Values.GetValueOrDefault(PrivacyActionData.RespondentKey);
        if (code is null || !Code().IsMatch(code)) return Invalid();
        return await WithStoreAsync("en", action, async () =>
        {
            var linked = await store.LinkAsync(code, cancellationToken);
            foreach (var chat in linked.Select(ids => ids.PersonalConversationId).OfType<string>()) await ForgetChatAsync(chat);
            var erased = await store.EraseAsync(linked, cancellationToken);
            Log(erased, "a project manager's request");
            return Card(action, PersonalDataCards.Erased(PersonalDataViews.Counts(erased), "en"));
        });
    }

    // This instance's copies of the personal chat go first, so no write of theirs lands after the erase.
    private async Task ForgetChatAsync(string conversationId)
    {
        await askMemory.ForgetAsync(conversationId);
        await directory.ForgetSavedAsync(conversationId);
    }

    private RespondentIds OwnIds(Turn turn) => new(pseudonyms.Of(turn.User), turn.User.Id, turn.Conversation.Id, ManagerDirectory.KeyOf(turn.User));

    // No pseudonym, id or content in the log: only that an erasure happened, why, and how much it removed.
    private void Log(ErasedRecords erased, string reason) => logger.LogInformation(
        "Personal data erased at {Reason}: {Responses} survey responses, {Contacts} contacts, {State} state entries, {Feedback} feedback, " +
        "{Profiles} reminder settings, {References} chat references, {Sends} scheduled-send rows",
        reason, erased.Responses, erased.Contacts, erased.StateEntries, erased.Feedback, erased.ManagerProfiles, erased.ChatReferences, erased.ScheduledSends);

    private async Task<TurnResult> WithStoreAsync(string language, CardAction? action, Func<Task<TurnResult>> work)
    {
        try
        {
            return await work();
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Personal data could not be read or erased, storage unavailable: {Error}", e.Message);
            var text = PrivacyTexts.For(language).StorageUnavailable;
            return action is null ? TurnResult.SayText(text) : Message(action, text);
        }
    }

    // The card's language when it has one, else the user's (English when the survey does not have it).
    private string LanguageOf(Turn turn, string? cardLanguage) =>
        catalog.Default.Locales.Contains(cardLanguage ?? "") ? cardLanguage! : catalog.Default.LanguageFor(turn.Language);

    private static TurnResult Invalid() =>
        TurnResult.Answer(new InvokeReply.Error(400, "BadRequest", "This card action is not known; type my data."));

    private static TurnResult Card(CardAction action, JsonObject card) =>
        action.IsInvoke ? TurnResult.Answer(new InvokeReply.Card(card)) : TurnResult.Say(Reply.FromCard(card));

    private static TurnResult Message(CardAction action, string text) =>
        action.IsInvoke ? TurnResult.Answer(new InvokeReply.Message(text)) : TurnResult.SayText(text);

    // A pseudonym: HMAC-SHA256 as lowercase hex.
    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Code();
}
