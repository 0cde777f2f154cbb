using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Reminders;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Dialogs.Proactive;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.Storage.Proactive;

namespace StakeholderBot.Dialogs.Reminders;

// `reminders on|off` and the Done and Snooze buttons of the reminder card. Each button changes the item only if it
// is still the version the card showed (its ETag), then the card is shown again as it is now.
public sealed class RemindersFlow(
    AccessPolicy access,
    Pseudonyms pseudonyms,
    ManagerProfileStore profiles,
    MeetingStore meetings,
    ActionItemsDue items,
    ScheduleOptions options,
    TimeProvider time,
    ILogger<RemindersFlow> logger)
{
    private const string Refusal = "Action-item reminders are for project managers, about the meetings they logged.";
    private const string Unavailable = "The bot's storage cannot be reached right now, so nothing was changed. Please try again in a minute.";

    public async Task<TurnResult> SwitchAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(Refusal);
        var words = turn.Text.Trim().TrimEnd('.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var argument = words.Length > 1 ? words[1].ToLowerInvariant() : "";
        var key = ManagerDirectory.KeyOf(turn.User);
        try
        {
            if (argument is "on" or "off") await profiles.SetRemindersAsync(key, pseudonyms.Of(turn.User), argument == "on", cancellationToken);
            var profile = await profiles.GetAsync(key, cancellationToken);
            return TurnResult.SayText(Status(profile, turn, argument));
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Reminder switch failed, store unavailable (activity {ActivityId}): {Error}", turn.ActivityId, e.Message);
            return TurnResult.SayText(Unavailable);
        }
    }

    private string Status(ManagerProfile? profile, Turn turn, string argument)
    {
        var on = profile?.RemindersOn ?? true;
        if (!on) return "Action-item reminders are **off**. Type **reminders on** to get them again.";
        var zone = turn.TimeZone ?? profile?.TimeZone;
        var when = LocalTime.IsKnown(zone) ? $"{options.Hour:00}:00 ({zone})" : $"{options.Hour:00}:00 UTC (your Teams client has not told me your time zone yet)";
        var where = profile?.ConversationId is { Length: > 0 } || turn.Conversation.Kind == ConversationKind.Personal
            ? ""
            : " Say hello to me in a personal chat once, so that I know where to send them.";
        var lead = argument is "on" or "off" ? "Action-item reminders are **on**" : "Action-item reminders are **on** (type **reminders off** to stop them)";
        return $"{lead}: each morning at {when} I send you the open action items of the meetings you logged that are due within " +
            $"{options.DueWithinDays} days or overdue, and nothing when none is.{where}";
    }

    public async Task<TurnResult> OnActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Action is not { } action) return Invalid();
        if (!access.IsProjectManager(turn.User)) return Message(action, Refusal);
        var pk = action.Values.GetValueOrDefault(ReminderCard.PartitionKey);
        var rk = action.Values.GetValueOrDefault(ReminderCard.RowKey);
        var etag = action.Values.GetValueOrDefault(ReminderCard.ETag);
        if (!MeetingIds.IsPartition(pk) || !MeetingIds.IsActionRow(rk) || string.IsNullOrEmpty(etag)) return Invalid();
        var key = ManagerDirectory.KeyOf(turn.User);
        try
        {
            var today = LocalTime.TodayOf(turn.TimeZone ?? (await profiles.GetAsync(key, cancellationToken))?.TimeZone, time.GetUtcNow());
            var notice = action.Verb switch
            {
                CardVerbs.ReminderDone => Notice(await meetings.MarkDoneAsync(pk!, rk!, etag, key, cancellationToken), "Marked done", "Already marked done"),
                CardVerbs.ReminderSnooze => Notice(await meetings.SnoozeAsync(pk!, rk!, etag, today.AddDays(options.SnoozeDays), key, cancellationToken),
                    $"Snoozed for {options.SnoozeDays} days", "Already snoozed"),
                _ => null,
            };
            if (notice is null) return Invalid();
            var open = await items.OpenByManagerAsync(cancellationToken);
            var due = items.DueOn(open.GetValueOrDefault(key) ?? [], today);
            return action.IsInvoke
                ? TurnResult.Answer(new InvokeReply.Card(items.Card(due, today, notice)))
                : TurnResult.Say(Reply.FromCard(items.Card(due, today, notice)));
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Reminder action {Verb} failed, store unavailable (activity {ActivityId}): {Error}", action.Verb, turn.ActivityId, e.Message);
            return Message(action, Unavailable);
        }
    }

    private static string Notice(DoneResult result, string changed, string already) => result switch
    {
        DoneResult.Done { Already: false } done => $"{changed}: {done.Item.Item.What}",
        DoneResult.Done { Item.Item.Done: true } done => $"Already marked done: {done.Item.Item.What}",
        DoneResult.Done done => $"{already}: {done.Item.Item.What}",
        DoneResult.Changed { Current.Item.Done: true } changed2 => $"Already marked done: {changed2.Current.Item.What}",
        DoneResult.Changed current => $"Not changed: \"{current.Current.Item.What}\" was edited since this reminder was made. Here is the current list.",
        _ => "Not changed: that action item no longer exists. Here is the current list.",
    };

    private static TurnResult Invalid() =>
        TurnResult.Answer(new InvokeReply.Error(400, "BadRequest", "This card action is not known; type reminders to see your reminder settings."));

    private static TurnResult Message(CardAction action, string text) =>
        action.IsInvoke ? TurnResult.Answer(new InvokeReply.Message(text)) : TurnResult.SayText(text);
}
