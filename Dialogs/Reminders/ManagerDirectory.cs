using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Proactive;

namespace StakeholderBot.Dialogs.Reminders;

// Keeps each project manager's reminder address up to date from their own turns in personal chat: the chat, and
// the time zone their Teams client reports (so reminders come in their morning). Written only when something
// changed, and never in the way of the turn: a storage outage is logged and tried on their next turn.
public sealed class ManagerDirectory(ManagerProfileStore store, AccessPolicy access, TimeProvider time, ILogger<ManagerDirectory> logger)
{
    private readonly ConcurrentDictionary<string, ManagerProfile> known = new(StringComparer.Ordinal);

    public static string KeyOf(UserRef user) => user.AadObjectId ?? user.Id;

    public void Notice(Turn turn)
    {
        if (turn.Conversation.Kind != ConversationKind.Personal || !access.IsProjectManager(turn.User)) return;
        var key = KeyOf(turn.User);
        var previous = known.GetValueOrDefault(key);
        var seen = new ManagerProfile(key, turn.User.Name ?? previous?.Name ?? "", turn.Conversation.Id,
            turn.TimeZone ?? previous?.TimeZone ?? "", turn.Locale, RemindersOn: true);
        if (previous == seen) return;
        known[key] = seen;
        _ = SaveAsync(seen);
    }

    private async Task SaveAsync(ManagerProfile seen)
    {
        try
        {
            await store.SaveSeenAsync(seen, time.GetUtcNow());
        }
        catch (Exception e) when (e is StoreException or ArgumentException)
        {
            known.TryRemove(seen.UserKey, out _);
            logger.LogWarning("Reminder address of a project manager not saved: {Reason}", e.Message);
        }
    }
}
