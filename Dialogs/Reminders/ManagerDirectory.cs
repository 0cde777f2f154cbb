using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Proactive;

namespace StakeholderBot.Dialogs.Reminders;

// Keeps each project manager's reminder address up to date from their own turns in personal chat: the chat, and
// the time zone their Teams client reports (so reminders come in their morning). Written only when something
// changed, and never in the way of the turn: a storage outage is logged and tried on their next turn.
public sealed class ManagerDirectory(ManagerProfileStore store, AccessPolicy access, Pseudonyms pseudonyms, TimeProvider time,
    ILogger<ManagerDirectory> logger)
{
    private readonly ConcurrentDictionary<string, ManagerProfile> known = new(StringComparer.Ordinal);
    // Saves under way, for an erase to wait for.
    private readonly ConcurrentDictionary<string, Task> saving = new(StringComparer.Ordinal);

    public static string KeyOf(UserRef user) => user.AadObjectId ?? user.Id;

    public void Notice(Turn turn)
    {
        if (turn.Conversation.Kind != ConversationKind.Personal || !access.IsProjectManager(turn.User)) return;
        var key = KeyOf(turn.User);
        var previous = known.GetValueOrDefault(key);
        var seen = new ManagerProfile(key, pseudonyms.Of(turn.User), turn.Conversation.Id,
            turn.TimeZone ?? previous?.TimeZone ?? "", turn.Locale, RemindersOn: true);
        if (previous == seen) return;
        known[key] = seen;
        var save = SaveAsync(seen);
        saving[key] = save;
        _ = save.ContinueWith(_ => saving.TryRemove(new KeyValuePair<string, Task>(key, save)), TaskScheduler.Default);
    }

    // The manager erases their data: a save under way ends first, so the erase that follows removes it, and their next
    // turn here writes the profile again.
    public async Task ForgetAsync(UserRef user)
    {
        if (saving.TryGetValue(KeyOf(user), out var save)) await save.ConfigureAwait(false);
        known.TryRemove(KeyOf(user), out _);
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
