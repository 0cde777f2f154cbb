using Azure.Data.Tables;

namespace StakeholderBot.Storage.Conversations;

// Where to reach a conversation later (proactive messages, any instance): its service URL, tenant and the
// bot's id in it. One entity per conversation and service URL (the row key), replaced when something changes:
// an activity naming another service URL for a conversation adds a row and never redirects the existing one.
public sealed record ConversationReference(
    string ConversationId, string ServiceUrl, string? TenantId, string? BotId, string? ConversationType);

public sealed class ConversationReferenceStore(StorageTables tables)
{
    public const string TableName = "Conversations";

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new ConversationReferenceEntity
        {
            PartitionKey = TableKey.Encode(reference.ConversationId),
            RowKey = RowKeyOf(reference.ServiceUrl),
            ConversationId = reference.ConversationId,
            ServiceUrl = reference.ServiceUrl,
            TenantId = reference.TenantId,
            BotId = reference.BotId,
            ConversationType = reference.ConversationType,
        });
        await tables.RunAsync(TableName, "save conversation reference",
            table => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationReference?> GetAsync(string conversationId, string serviceUrl, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "read conversation reference", async table =>
        {
            var found = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(TableKey.Encode(conversationId), RowKeyOf(serviceUrl),
                cancellationToken: cancellationToken);
            return found is { HasValue: true, Value: { } entity }
                ? new ConversationReference(conversationId, entity.ServiceUrl, entity.TenantId, entity.BotId, entity.ConversationType)
                : null;
        }, cancellationToken);

    // Service URLs differ only in case and a trailing slash as Teams sends them; one row for all spellings.
    public static string RowKeyOf(string serviceUrl) => TableKey.Encode(serviceUrl.TrimEnd('/').ToLowerInvariant());
}
