using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Conversations;

namespace StakeholderBot.Dialogs;

// Remembers each conversation's service URLs (needed to message it later from any instance); the host passes
// only service URLs it trusts. Written when new, and again after Refresh: another instance may have marked the
// reference inactive meanwhile (403, 404), and an activity from there proves it works again. Never in the way
// of the turn: a storage outage is logged and tried next time.
public sealed class ConversationDirectory(ConversationReferenceStore store, Pseudonyms pseudonyms, TimeProvider time, ILogger<ConversationDirectory> logger)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> known = new(StringComparer.Ordinal);
    // Saves under way, for an erase to wait for.
    private readonly ConcurrentDictionary<string, Task> saving = new(StringComparer.Ordinal);

    // from: who wrote; a personal chat's reference is stored with their code, so an erase by code finds it.
    public void Remember(ConversationReference reference, UserRef? from = null)
    {
        if (string.IsNullOrEmpty(reference.ConversationId) || string.IsNullOrEmpty(reference.ServiceUrl)) return;
        if (reference.ConversationType == ConversationReference.Personal && from is { Id.Length: > 0 } or { AadObjectId.Length: > 0 })
            reference = reference with { Respondent = pseudonyms.Of(from) };
        var now = time.GetUtcNow();
        var key = Key(reference);
        if (known.TryGetValue(key, out var saved) && now - saved < Refresh) return;
        if (!known.TryAdd(key, now) && !known.TryUpdate(key, now, saved)) return; // another turn saves it
        var save = SaveAsync(reference with { LastSeenUtc = now });
        saving[key] = save;
        _ = save.ContinueWith(_ => saving.TryRemove(new KeyValuePair<string, Task>(key, save)), TaskScheduler.Default);
    }

    // A person's erase of their personal chat: saves under way end first, so the erase that follows removes them, and
    // the conversation's next activity writes its reference again.
    public async Task ForgetSavedAsync(string conversationId)
    {
        foreach (var (key, save) in saving.Where(k => k.Key.StartsWith(conversationId + "\n", StringComparison.Ordinal)).ToList())
            await save.ConfigureAwait(false);
        foreach (var key in known.Keys.Where(k => k.StartsWith(conversationId + "\n", StringComparison.Ordinal)))
            known.TryRemove(key, out _);
    }

    // The app was removed from the conversation: nothing more is sent there until it is added again.
    public async Task ForgetAsync(string conversationId, string reason)
    {
        foreach (var key in known.Keys.Where(k => k.StartsWith(conversationId + "\n", StringComparison.Ordinal)))
            known.TryRemove(key, out _);
        try
        {
            await store.DeactivateAllAsync(conversationId, reason);
        }
        catch (Exception e) when (e is StoreException or ArgumentException)
        {
            logger.LogWarning("Conversation references of {ConversationId} not marked inactive: {Reason}", conversationId, e.Message);
        }
    }

    private static string Key(ConversationReference reference) =>
        reference.ConversationId + "\n" + ConversationReferenceStore.RowKeyOf(reference.ServiceUrl);

    private async Task SaveAsync(ConversationReference reference)
    {
        try
        {
            await store.SaveAsync(reference);
        }
        // ArgumentException: a conversation id or URL too long for an entity (only hostile clients send one).
        catch (Exception e) when (e is StoreException or ArgumentException)
        {
            known.TryRemove(Key(reference), out _);
            logger.LogWarning("Conversation reference for {ConversationId} not saved: {Reason}", reference.ConversationId, e.Message);
        }
    }
}
