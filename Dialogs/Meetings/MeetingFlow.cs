using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Project managers log stakeholder meetings on a form card and pull period summaries (issue 6).
public sealed partial class MeetingFlow(
    AccessPolicy access,
    MeetingStore store,
    MeetingQueries queries,
    SignedLinks links,
    IMeetingIndex index,
    IMeetingNarrator narrator,
    TimeProvider time,
    ILogger<MeetingFlow> logger)
{
    private const string Refusal =
        "Logging and summarising stakeholder meetings is for project managers. If you need a summary, please ask your project manager.";

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public Task<TurnResult> StartLogAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!access.IsProjectManager(turn.User)) return Task.FromResult(TurnResult.SayText(Refusal));
        var values = new Dictionary<string, string>
        {
            [MeetingFields.Date] = MeetingFormValues.IsoDate(Today),
            [MeetingFields.Language] = MeetingChoices.Contains(MeetingChoices.Languages, turn.Language) ? turn.Language : "en",
        };
        var form = new MeetingFormModel(values, new Dictionary<string, string>(), MeetingIds.ForForm(turn), MeetingFormValues.Rows((Meeting?)null));
        return Task.FromResult(TurnResult.Say(Reply.FromCard(MeetingFormCard.Build(form))));
    }

    public async Task<TurnResult> OnActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Action is not { } action) return Invalid(turn);
        if (!access.IsProjectManager(turn.User)) return Message(action, Refusal);
        try
        {
            return action.Verb switch
            {
                CardVerbs.MeetingSave => await SaveAsync(turn, action, cancellationToken),
                CardVerbs.MeetingEdit => await EditAsync(turn, action, cancellationToken),
                CardVerbs.MeetingDone => await DoneAsync(turn, action, cancellationToken),
                CardVerbs.MeetingCancel => Card(action, AdaptiveCard.Create(
                    [AdaptiveCard.Text("Nothing was saved. Type **log meeting** to start again.")])),
                _ => Invalid(turn),
            };
        }
        catch (StoreUnavailableException e) when (action.Verb != CardVerbs.MeetingSave)
        {
            logger.LogWarning("Meeting store unavailable for {Verb} (activity {ActivityId}): {Error}", action.Verb, turn.ActivityId, e.Message);
            return Message(action, "The meeting store cannot be reached right now, so nothing was changed. Please try again in a minute.");
        }
    }

    private static TurnResult Invalid(Turn turn) =>
        TurnResult.Answer(new InvokeReply.Error(400, "BadRequest", "This card action is not known; type log meeting or meetings."));

    // An Action.Execute answer replaces the card; an Action.Submit can only be answered with a new message.
    private static TurnResult Card(CardAction action, JsonObject card) =>
        action.IsInvoke ? TurnResult.Answer(new InvokeReply.Card(card)) : TurnResult.Say(Reply.FromCard(card));

    private static TurnResult Message(CardAction action, string text) =>
        action.IsInvoke ? TurnResult.Answer(new InvokeReply.Message(text)) : TurnResult.SayText(text);
}
