using Microsoft.Extensions.Logging;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Dialogs.Meetings;

// Save (new or edit) and Edit. Whatever goes wrong, the form comes back with everything the user typed.
public sealed partial class MeetingFlow
{
    private async Task<TurnResult> SaveAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var values = action.Values;
        var formId = values.GetValueOrDefault(FormId);
        if (!MeetingIds.IsValid(formId)) return Invalid(turn);
        var edit = values.GetValueOrDefault(Mode) == "edit" ? EditTarget(values) : null;
        if (values.GetValueOrDefault(Mode) == "edit" && edit is null) return Invalid(turn);

        var reading = MeetingFormReader.Read(values, edit?.MeetingId ?? formId!, Today);
        if (reading.Meeting is not { } meeting)
        {
            var banner = reading.Errors.Count == 1 ? "Please correct the field marked below." : $"Please correct the {reading.Errors.Count} fields marked below.";
            return Card(action, Form(values, formId!, edit, banner, reading.Errors));
        }
        if (edit is not null && meeting.PartitionKey != edit.PartitionKey) return Invalid(turn);

        SaveResult result;
        try
        {
            result = edit is null
                ? await store.AddAsync(meeting, turn.User.AadObjectId ?? turn.User.Id, cancellationToken)
                : await store.UpdateAsync(meeting, edit.ETag, formId!, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Saving meeting {MeetingId} failed, store unavailable (activity {ActivityId}): {Error}", meeting.Id, turn.ActivityId, e.Message);
            return Card(action, Form(values, formId!, edit,
                "Saving failed: the meeting store cannot be reached right now, so nothing was saved. Everything you typed is still here; press Save again in a minute."));
        }

        switch (result)
        {
            case SaveResult.Saved saved:
                await IndexAsync(saved.Meeting, cancellationToken);
                var heading = saved.AlreadySaved ? "Meeting saved (already stored, not saved twice)" : edit is null ? "Meeting saved" : "Meeting updated";
                return Card(action, Confirmation(saved.Meeting, heading));
            case SaveResult.Conflict { Current: { } current }:
                // Reported, not overwritten: the user's values stay on the form, now against the current version,
                // so pressing Save again is a deliberate choice made after reading this.
                var when = current.UpdatedUtc?.ToString("d MMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "recently";
                return Card(action, Form(values, formId!, new MeetingEditTarget(current.PartitionKey, current.Id, current.ETag),
                    $"Not saved: someone else changed this meeting ({when}) after you opened it. Your changes are below. " +
                    "Save again to replace their version, or open the current version to start from theirs.", offerReload: true));
            default:
                return Message(action, "This meeting no longer exists, so the changes were not saved.");
        }
    }

    private async Task<TurnResult> EditAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var pk = action.Values.GetValueOrDefault(MeetingPartition);
        var id = action.Values.GetValueOrDefault(MeetingId);
        if (!MeetingIds.IsPartition(pk) || !MeetingIds.IsValid(id)) return Invalid(turn);
        var meeting = await store.GetAsync(pk!, id!, cancellationToken);
        if (meeting is null) return Message(action, "This meeting no longer exists.");
        var form = new MeetingFormModel(MeetingFormValues.From(meeting), new Dictionary<string, string>(), MeetingIds.ForForm(turn),
            MeetingFormValues.Rows(meeting), new MeetingEditTarget(meeting.PartitionKey, meeting.Id, meeting.ETag));
        return Card(action, MeetingFormCard.Build(form));
    }

    private static MeetingEditTarget? EditTarget(IReadOnlyDictionary<string, string> values)
    {
        var pk = values.GetValueOrDefault(MeetingPartition);
        var id = values.GetValueOrDefault(MeetingId);
        var etag = values.GetValueOrDefault(MeetingFields.ETag);
        return MeetingIds.IsPartition(pk) && MeetingIds.IsValid(id) && !string.IsNullOrEmpty(etag) ? new MeetingEditTarget(pk!, id!, etag) : null;
    }

    private static System.Text.Json.Nodes.JsonObject Form(IReadOnlyDictionary<string, string> values, string formId,
        MeetingEditTarget? edit, string banner, IReadOnlyDictionary<string, string>? errors = null, bool offerReload = false) =>
        MeetingFormCard.Build(new MeetingFormModel(values, errors ?? new Dictionary<string, string>(), formId,
            MeetingFormValues.Rows(values), edit, banner, offerReload));

    private static System.Text.Json.Nodes.JsonObject Confirmation(Meeting meeting, string heading) =>
        MeetingConfirmationCard.Build(MeetingFormValues.From(meeting), MeetingFormValues.Rows(meeting), meeting.PartitionKey, meeting.Id, heading);

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
