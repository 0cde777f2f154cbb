using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Help;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.Storage.State;

namespace StakeholderBot.Dialogs.Meetings;

// Project managers log stakeholder meetings on a form in four steps and pull period summaries (issue 6).
public sealed partial class MeetingFlow(
    AccessPolicy access,
    MeetingStore store,
    MeetingDraftStore drafts,
    MeetingQueries queries,
    PartnerDirectory partners,
    SignedLinks links,
    IMeetingIndex index,
    IMeetingNarrator narrator,
    TimeProvider time,
    ILogger<MeetingFlow> logger)
{
    private const string Refusal =
        "Logging and summarising stakeholder meetings is for project managers. If you need a summary, please ask your project manager.";

    private const string Unreachable =
        "The meeting store cannot be reached right now, so nothing was changed. Everything on the card is still there; please press the button again in a minute.";

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    // `log meeting`: the unsaved form the user left, where they left it, or a new one.
    public async Task<TurnResult> StartLogAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(Refusal);
        try
        {
            var stored = await drafts.GetAsync(turn, cancellationToken);
            var card = (stored?.State.Card ?? 0) + 1;
            if (stored?.State is { Saved: null } unsaved && unsaved.LastActivityId != turn.ActivityId)
            {
                var resumed = await SaveDraftAsync(turn, unsaved with { Card = card }, stored, cancellationToken);
                return TurnResult.Say(Reply.FromCard(StepCard(resumed,
                    notice: "Your unsaved meeting form: you continue where you left off.", offerStartOver: true)));
            }
            var fresh = await SaveDraftAsync(turn, NewDraft(turn, card), stored, cancellationToken);
            return TurnResult.Say(Reply.FromCard(StepCard(fresh)));
        }
        catch (ConcurrencyConflictException)
        {
            // Another delivery of this message (or a button pressed meanwhile) saved first; its card is the one in use.
            return TurnResult.Nothing;
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Meeting form not opened, store unavailable (activity {ActivityId}): {Error}", turn.ActivityId, e.Message);
            return TurnResult.SayText("The meeting store cannot be reached right now, and the form keeps what you type there between its steps. Please try again in a minute.");
        }
    }

    public async Task<TurnResult> OnActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Action is not { } action) return Invalid(turn);
        if (!access.IsProjectManager(turn.User)) return Message(action, Refusal);
        try
        {
            return action.Verb switch
            {
                CardVerbs.MeetingNext or CardVerbs.MeetingBack or CardVerbs.MeetingSave or CardVerbs.MeetingCancel
                    or CardVerbs.MeetingStartOver => await WithRetryAsync(() => OnFormAsync(turn, action, cancellationToken)),
                CardVerbs.MeetingResume => await ResumeAsync(turn, action, cancellationToken),
                CardVerbs.MeetingEdit => await EditAsync(turn, action, cancellationToken),
                CardVerbs.MeetingDone => await DoneAsync(turn, action, cancellationToken),
                _ => Invalid(turn),
            };
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Meeting store unavailable for {Verb} (activity {ActivityId}): {Error}", action.Verb, turn.ActivityId, e.Message);
            return Message(action, Unreachable);
        }
    }

    // A conflict means another delivery or instance saved the draft first: read again and redo the step (twice at most).
    private async Task<TurnResult> WithRetryAsync(Func<Task<TurnResult>> step)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await step();
            }
            catch (ConcurrencyConflictException e) when (attempt < 3)
            {
                logger.LogInformation(e, "Meeting draft changed meanwhile; retrying");
            }
        }
    }

    // The draft now in effect: this one, or, when this activity was saved before (a Teams retry), the one read.
    private async Task<MeetingDraft> SaveDraftAsync(Turn turn, MeetingDraft draft, StoredState<MeetingDraft>? stored,
        CancellationToken cancellationToken)
    {
        var saved = await drafts.SaveAsync(turn, draft, stored?.ETag, cancellationToken);
        return saved.Outcome == SaveOutcome.AlreadyApplied && stored is not null ? stored.State : draft;
    }

    private MeetingDraft NewDraft(Turn turn, int card)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [MeetingFields.Date] = MeetingFormValues.IsoDate(Today),
            [MeetingFields.Language] = MeetingChoices.Contains(MeetingChoices.Languages, turn.Language) ? turn.Language : "en",
        };
        return new MeetingDraft(MeetingIds.ForForm(turn), 1, values, MeetingFormValues.Rows((Meeting?)null), Card: card);
    }

    private static JsonObject StepCard(MeetingDraft draft, IReadOnlyDictionary<string, string>? errors = null, string? banner = null,
        string? notice = null, bool offerReload = false, bool offerStartOver = false) =>
        MeetingFormCard.Build(new MeetingFormModel(draft.Values, errors ?? new Dictionary<string, string>(), draft.FormId, draft.Rows,
            CountryChoices, draft.Edit, banner, offerReload, draft.Step, draft.Card, notice, offerStartOver));

    // The form is in English: every country by its English name, in that order.
    private static readonly IReadOnlyList<Choice> CountryChoices =
        [.. Countries.Codes.Select(code => new Choice(code, Countries.Name(code, "en"))).OrderBy(c => c.Title, StringComparer.Ordinal)];

    private static JsonObject Cancelled() => AdaptiveCard.Create(
        [AdaptiveCard.Text("Nothing was saved. The form is closed.", id: "cancelled")],
        [HelpActions.Run("Log a meeting", HelpActions.LogMeeting)]);

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static TurnResult Invalid(Turn turn) =>
        TurnResult.Answer(new InvokeReply.Error(400, "BadRequest", "This card action is not known; type log meeting or meetings."));

    // An Action.Execute answer replaces the card; an Action.Submit can only be answered with a new message.
    private static TurnResult Card(CardAction action, JsonObject card) =>
        action.IsInvoke ? TurnResult.Answer(new InvokeReply.Card(card)) : TurnResult.Say(Reply.FromCard(card));

    private static TurnResult Message(CardAction action, string text) =>
        action.IsInvoke ? TurnResult.Answer(new InvokeReply.Message(text)) : TurnResult.SayText(text);
}
