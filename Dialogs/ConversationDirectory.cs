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
    // Each reference written (or being written) by this instance, with its save.
    private readonly ConcurrentDictionary<string, Task> known = new(StringComparer.Ordinal);

    public void Remember(ConversationReference reference)
    {
        if (string.IsNullOrEmpty(reference.ConversationId) || string.IsNullOrEmpty(reference.ServiceUrl)) return;
        var key = Key(reference);
        if (known.ContainsKey(key)) return;
        var save = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!known.TryAdd(key, save.Task)) return;
        _ = SaveAsync(reference, save);
    }

    // A person's erase of their personal chat: saves under way end first, so the erase that follows removes them, and
    // the conversation's next activity writes its reference again.
    public async Task ForgetAsync(string conversationId)
    {
        foreach (var (key, save) in known.Where(k => k.Key.StartsWith(conversationId + "\n", StringComparison.Ordinal)).ToList())
        {
            await save.ConfigureAwait(false);
            known.TryRemove(key, out _);
        }
    }

    private static string Key(ConversationReference reference) =>
        reference.ConversationId + "\n" + ConversationReferenceStore.RowKeyOf(reference.ServiceUrl);

    private async Task SaveAsync(ConversationReference reference, TaskCompletionSource done)
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
        finally
        {
            done.SetResult();
        }
    }
}
