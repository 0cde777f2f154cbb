using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Conversations;

namespace StakeholderBot.Dialogs;

// Remembers each conversation's service URLs (needed to message it later from any instance); the host passes
// only service URLs it trusts. Written only when new, and never in the way of the turn: a storage outage is
// logged and tried next time.
public sealed class ConversationDirectory(ConversationReferenceStore store, ILogger<ConversationDirectory> logger)
{
    private readonly ConcurrentDictionary<string, bool> known = new(StringComparer.Ordinal);

    public void Remember(ConversationReference reference)
    {
        if (string.IsNullOrEmpty(reference.ConversationId) || string.IsNullOrEmpty(reference.ServiceUrl)) return;
        if (!known.TryAdd(Key(reference), true)) return;
        _ = SaveAsync(reference);
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
