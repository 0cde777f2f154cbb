using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Storage.Conversations;

// Where to reach a conversation later (proactive messages, any instance): its service URL, tenant and the
// bot's id in it. One entity per conversation, replaced when something changes.
public sealed record ConversationReference(
    string ConversationId, string ServiceUrl, string? TenantId, string? BotId, string? ConversationType);

public sealed class ConversationReferenceStore(StorageTables tables)
{
    public const string TableName = "Conversations";
    private const string RowKey = "reference";

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "save conversation reference", table =>
        {
            var entity = new TableEntity(TableKey.Encode(reference.ConversationId), RowKey)
            {
                ["ConversationId"] = reference.ConversationId,
                ["ServiceUrl"] = reference.ServiceUrl,
                ["TenantId"] = reference.TenantId,
                ["BotId"] = reference.BotId,
                ["ConversationType"] = reference.ConversationType,
            };
            return table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }, cancellationToken);

    public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "read conversation reference", async table =>
        {
            var found = await table.GetEntityIfExistsAsync(TableKey.Encode(conversationId), RowKey, cancellationToken: cancellationToken);
            if (!found.HasValue || found.Value is not { } entity) return null;
            return new ConversationReference(conversationId, entity.GetString("ServiceUrl") ?? "",
                entity.GetString("TenantId"), entity.GetString("BotId"), entity.GetString("ConversationType"));
        }, cancellationToken);
}
