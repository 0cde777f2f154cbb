using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Conversations;

namespace StakeholderBot.Dialogs;

// Remembers each conversation's service URL (needed to message it later from any instance). Written only
// when new or changed, and never in the way of the turn: a storage outage is logged and tried next time.
public sealed class ConversationDirectory(ConversationReferenceStore store, ILogger<ConversationDirectory> logger)
{
    private readonly ConcurrentDictionary<string, string> known = new(StringComparer.Ordinal);

    public void Remember(ConversationReference reference)
    {
        if (string.IsNullOrEmpty(reference.ConversationId) || string.IsNullOrEmpty(reference.ServiceUrl)) return;
        if (known.TryGetValue(reference.ConversationId, out var url) && url == reference.ServiceUrl) return;
        known[reference.ConversationId] = reference.ServiceUrl;
        _ = SaveAsync(reference);
    }

    private async Task SaveAsync(ConversationReference reference)
    {
        try
        {
            await store.SaveAsync(reference);
        }
        // ArgumentException: a conversation id or URL too long for an entity (only hostile clients send one).
        catch (Exception e) when (e is StoreException or ArgumentException)
        {
            known.TryRemove(reference.ConversationId, out _);
            logger.LogWarning("Conversation reference for {ConversationId} not saved: {Reason}", reference.ConversationId, e.Message);
        }
    }
}
