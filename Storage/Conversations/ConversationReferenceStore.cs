using Azure.Data.Tables;

namespace StakeholderBot.Storage.Conversations;

// Where to reach a conversation later (proactive messages, any instance): its service URL, tenant and the
// bot's id in it. One entity per conversation, replaced when something changes.
public sealed record ConversationReference(
    string ConversationId, string ServiceUrl, string? TenantId, string? BotId, string? ConversationType);

public sealed class ConversationReferenceStore(StorageTables tables)
{
    public const string TableName = "Conversations";
    private const string RowKey = "reference";

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new ConversationReferenceEntity
        {
            PartitionKey = TableKey.Encode(reference.ConversationId),
            RowKey = RowKey,
            ConversationId = reference.ConversationId,
            ServiceUrl = reference.ServiceUrl,
            TenantId = reference.TenantId,
            BotId = reference.BotId,
            ConversationType = reference.ConversationType,
        });
        await tables.RunAsync(TableName, "save conversation reference",
            table => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "read conversation reference", async table =>
        {
            var found = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(TableKey.Encode(conversationId), RowKey,
                cancellationToken: cancellationToken);
            return found is { HasValue: true, Value: { } entity }
                ? new ConversationReference(conversationId, entity.ServiceUrl, entity.TenantId, entity.BotId, entity.ConversationType)
                : null;
        }, cancellationToken);
}
