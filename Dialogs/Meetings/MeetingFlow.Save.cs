using System.Globalization;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.Storage.State;
using SaveResult = StakeholderBot.Storage.Meetings.SaveResult;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Dialogs.Meetings;

// Save (new or edit) and Edit. Whatever goes wrong, what the user typed stays: in the draft, and on the card.
public sealed partial class MeetingFlow
{
    // The draft is written once per press (a retried press writes nothing twice), after the meeting store has
    // answered. If the store cannot be reached, the card keeps everything typed and pressing Save again goes on.
    private async Task<TurnResult> SaveAsync(Turn turn, CardAction action, MeetingDraft typed, StoredState<MeetingDraft> stored,
        CancellationToken cancellationToken)
    {
        var reading = Reading(turn, typed);
        if (reading.Meeting is not { } meeting)
        {
            // The first step with a problem, its problems beside the fields and at its top.
            var step = reading.Errors.Keys.Min(MeetingSteps.Of);
            var errors = reading.Errors.Where(e => MeetingSteps.Of(e.Key) == step).ToDictionary(e => e.Key, e => e.Value);
            var banner = step == typed.Step ? null
                : $"Not saved yet: {(errors.Count == 1 ? "one field" : $"{errors.Count} fields")} on this step need a second look.";
            return Card(action, StepCard(await SaveDraftAsync(turn, typed with { Step = step }, stored, cancellationToken), errors, banner));
        }
        if (typed.Edit is { } target && meeting.PartitionKey != target.PartitionKey) return Invalid(turn);

        var result = typed.Edit is null
            ? await store.AddAsync(meeting, turn.User.AadObjectId ?? turn.User.Id, cancellationToken)
            : await store.UpdateAsync(meeting, typed.Edit.ETag, typed.FormId, cancellationToken);
        switch (result)
        {
            case SaveResult.Saved saved:
                await RememberAsync(turn, typed with { Saved = new SavedMeeting(saved.Meeting.PartitionKey, saved.Meeting.Id) }, stored,
                    cancellationToken);
                await IndexAsync(saved.Meeting, cancellationToken);
                var heading = saved.AlreadySaved ? "Meeting saved (already stored, not saved twice)" : typed.Edit is null ? "Meeting saved" : "Meeting updated";
                return Card(action, Confirmation(saved.Meeting, heading));
            case SaveResult.Conflict { Current: { } current }:
                // Reported, not overwritten: the user's values stay, now against the current version, so pressing
                // Save again is a deliberate choice made after reading this.
                var when = current.UpdatedUtc?.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "recently";
                var against = typed with { Edit = new MeetingEditTarget(current.PartitionKey, current.Id, current.ETag) };
                await RememberAsync(turn, against, stored, cancellationToken);
                return Card(action, StepCard(against,
                    banner: $"Not saved: someone else changed this meeting ({when}) after you opened it. Your changes are below. " +
                        "Save again to replace their version, or open the current version to start from theirs.", offerReload: true));
            default:
                return Message(action, "This meeting no longer exists, so the changes were not saved.");
        }
    }

    // After the meeting store answered, the draft follows; if that fails, pressing Save again finds the meeting by
    // its id and stores nothing twice, so the answer the user sees does not depend on it.
    private async Task RememberAsync(Turn turn, MeetingDraft draft, StoredState<MeetingDraft> stored, CancellationToken cancellationToken)
    {
        try
        {
            await drafts.SaveAsync(turn, draft, stored.ETag, cancellationToken);
        }
        catch (StoreException e)
        {
            logger.LogWarning("Meeting form {FormId} answered, its draft not updated: {Error}", draft.FormId, e.Message);
        }
    }

    // Edit on the confirmation (or "Open current version"): the stored meeting becomes the form in use.
    private async Task<TurnResult> EditAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var pk = action.Values.GetValueOrDefault(MeetingPartition);
        var id = action.Values.GetValueOrDefault(MeetingId);
        if (!MeetingIds.IsPartition(pk) || !MeetingIds.IsValid(id)) return Invalid(turn);
        var meeting = await store.GetAsync(pk!, id!, cancellationToken);
        if (meeting is null) return Message(action, "This meeting no longer exists.");
        var stored = await drafts.GetAsync(turn, cancellationToken);
        var draft = new MeetingDraft(MeetingIds.ForForm(turn), 1, MeetingFormValues.From(meeting), MeetingFormValues.Rows(meeting),
            new MeetingEditTarget(meeting.PartitionKey, meeting.Id, meeting.ETag), Card: (stored?.State.Card ?? 0) + 1);
        return Card(action, StepCard(await SaveDraftAsync(turn, draft, stored, cancellationToken)));
    }

    private System.Text.Json.Nodes.JsonObject Confirmation(Meeting meeting, string heading) =>
        MeetingConfirmationCard.Build(MeetingFormValues.From(meeting), MeetingFormValues.Rows(meeting), meeting.PartitionKey, meeting.Id, heading,
            queries.CountryOf(meeting) is { } country ? Countries.Name(country, "en") : null);

    // The meeting is stored either way; the index catches up from the change log if this fails.
    private async Task IndexAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        try
        {
            await index.UpsertAsync(meeting, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Indexing meeting {MeetingId} failed; the background sync will retry", meeting.Id);
        }
    }
}
