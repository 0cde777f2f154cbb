using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Meetings;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Dialogs.Meetings;

// The form's buttons. Each step's values go into the draft whatever the button (Back keeps what was typed
// too); Next moves on only when this step's fields are right; Save checks every step, stores the meeting and
// remembers which meeting the form became, so pressing Save again stores nothing twice.
public sealed partial class MeetingFlow
{
    private async Task<TurnResult> OnFormAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var formId = action.Values.GetValueOrDefault(FormId);
        var step = Number(action.Values.GetValueOrDefault(MeetingFields.Step)) ?? 0;
        var card = Number(action.Values.GetValueOrDefault(MeetingFields.Card)) ?? 0;
        if (!MeetingIds.IsValid(formId) || !MeetingSteps.IsStep(step)) return Invalid(turn);

        var stored = await drafts.GetAsync(turn, cancellationToken);
        var draft = stored?.State;
        if (draft is null && action.Verb == CardVerbs.MeetingCancel) return Card(action, Cancelled());
        if (draft is null || draft.FormId != formId) return Card(action, MeetingOutdatedCard.Build());
        // Every card of a saved form shows what it became; nothing is stored twice.
        if (draft.Saved is { } saved) return await SavedBeforeAsync(action, saved, cancellationToken);
        // A retried delivery of the press that moved the draft on is still this card.
        var replay = draft.LastActivityId == turn.ActivityId;
        if (!replay && (draft.Card != card || draft.Step != step)) return Card(action, MeetingOutdatedCard.Build());

        var typed = Merge(draft, step, action.Values);
        switch (action.Verb)
        {
            case CardVerbs.MeetingCancel:
                await drafts.DeleteAsync(turn, stored!.ETag, cancellationToken);
                return Card(action, Cancelled());
            case CardVerbs.MeetingStartOver:
                return Card(action, StepCard(await SaveDraftAsync(turn, NewDraft(turn, draft.Card), stored, cancellationToken)));
            case CardVerbs.MeetingBack:
                return Card(action, StepCard(await SaveDraftAsync(turn, typed with { Step = Math.Max(1, step - 1) }, stored, cancellationToken)));
            case CardVerbs.MeetingNext:
                var errors = ErrorsOn(turn, step, typed);
                if (errors.Count > 0) return Card(action, StepCard(await SaveDraftAsync(turn, typed, stored, cancellationToken), errors));
                return Card(action, StepCard(await SaveDraftAsync(turn, typed with { Step = Math.Min(MeetingSteps.Count, step + 1) }, stored,
                    cancellationToken)));
            default:
                return await SaveAsync(turn, action, typed, stored!, cancellationToken);
        }
    }

    // "Continue on this card" on a retired card: it becomes the card in use and shows the form where the user is.
    private async Task<TurnResult> ResumeAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var stored = await drafts.GetAsync(turn, cancellationToken);
        if (stored?.State is not { Saved: null } draft) return Card(action, Cancelled());
        var resumed = await SaveDraftAsync(turn, draft with { Card = draft.Card + 1 }, stored, cancellationToken);
        return Card(action, StepCard(resumed));
    }

    // The step's values as the card sent them replace what the draft held for that step; a meeting being edited
    // keeps its project and partner (its partition).
    private static MeetingDraft Merge(MeetingDraft draft, int step, IReadOnlyDictionary<string, string> sent)
    {
        var values = new Dictionary<string, string>(draft.Values, StringComparer.Ordinal);
        foreach (var field in MeetingSteps.FieldsOf(step, draft.Rows.Count))
        {
            if (draft.Edit is not null && field is Project or Partner) continue;
            values[field] = sent.GetValueOrDefault(field, "");
        }
        return draft with { Values = values, Step = step };
    }

    private Dictionary<string, string> ErrorsOn(Turn turn, int step, MeetingDraft draft) =>
        Reading(turn, draft).Errors.Where(e => MeetingSteps.Of(e.Key) == step).ToDictionary(e => e.Key, e => e.Value);

    // The whole form checked as one, with the stored item behind each action row. The form is in English; its
    // dates are written the way English is written where the user is.
    private FormReading Reading(Turn turn, MeetingDraft draft)
    {
        var values = new Dictionary<string, string>(draft.Values, StringComparer.Ordinal) { [Rows] = draft.Rows.Count.ToString() };
        for (var row = 1; row <= draft.Rows.Count; row++)
        {
            if (draft.Rows[row - 1].ItemId is { } itemId) values[ActionId(row)] = itemId;
        }
        return MeetingFormReader.Read(values, draft.Edit?.MeetingId ?? draft.FormId, Today, Dates.CultureFor("en", turn.Locale), partners);
    }

    private async Task<TurnResult> SavedBeforeAsync(CardAction action, SavedMeeting saved, CancellationToken cancellationToken)
    {
        var meeting = await store.GetAsync(saved.PartitionKey, saved.MeetingId, cancellationToken);
        if (meeting is null) return Message(action, "This meeting no longer exists.");
        logger.LogInformation("Meeting form {FormId} was saved before; showing the stored meeting", saved.MeetingId);
        return Card(action, Confirmation(meeting, "Meeting saved (already stored, not saved twice)"));
    }
}
