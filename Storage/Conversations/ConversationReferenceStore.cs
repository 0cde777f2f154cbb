using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Conversations;

// Where to reach a conversation later (proactive messages, any instance): its service URL, tenant and the
// bot's id in it. One entity per conversation and service URL (the row key), replaced when something changes:
// an activity naming another service URL for a conversation adds a row and never redirects the existing one.
// A reference the connector refused for good (403: bot removed or blocked, 404: conversation gone) or whose app
// was uninstalled is marked inactive and is sent nothing more, until an activity from there saves it again.
// UserId: the person of a personal chat. VouchedByToken: the service URL was trusted because a verified token named
// it, which must outlive a restart for messages to go out before the user writes again. LastSeenUtc: when an
// activity last came through it (the newest one is the one to use).
public sealed record ConversationReference(
    string ConversationId, string ServiceUrl, string? TenantId, string? BotId, string? ConversationType, bool Active = true,
    string? UserId = null, bool VouchedByToken = false, DateTimeOffset? LastSeenUtc = null)
{
    public const string Personal = "personal";

    // In a personal chat: the code of the person it is with.
    public string? Respondent { get; init; }
}

public sealed class ConversationReferenceStore(StorageTables tables, TimeProvider? time = null)
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
            UserId = reference.UserId,
            Respondent = reference.Respondent,
            VouchedByToken = reference.VouchedByToken ? true : null,
            LastSeenUtc = reference.LastSeenUtc ?? (time ?? TimeProvider.System).GetUtcNow(),
        });
        await tables.RunAsync(TableName, "save conversation reference",
            table => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationReference?> GetAsync(string conversationId, string serviceUrl, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "read conversation reference", async table =>
        {
            var found = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(TableKey.Encode(conversationId), RowKeyOf(serviceUrl),
                cancellationToken: cancellationToken);
            return found is { HasValue: true, Value: { } entity } ? ToReference(conversationId, entity) : null;
        }, cancellationToken);

    // Every reference of one conversation (a person's erase of their personal chat); none left is fine.
    public Task<int> EraseConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(TableName, "erase conversation references",
            table => table.DeleteAllAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(conversationId)}"), cancellationToken),
            0, cancellationToken);

    // The personal chats stored as being with the person of this code.
    public Task<IReadOnlyList<string>> PersonalChatsOfAsync(string respondent, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync<IReadOnlyList<string>>(TableName, "find a person's chats", async table =>
        {
            var chats = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var entity in table.QueryAsync<ConversationReferenceEntity>(TableClient.CreateQueryFilter($"Respondent eq {respondent}"),
                select: [nameof(ConversationReferenceEntity.ConversationId)], cancellationToken: cancellationToken))
                chats.Add(entity.ConversationId);
            return [.. chats];
        }, [], cancellationToken);

    // Every service URL the conversation was reached through, active or not.
    public Task<IReadOnlyList<ConversationReference>> ListAsync(string conversationId, CancellationToken cancellationToken = default) =>
        tables.RunAsync<IReadOnlyList<ConversationReference>>(TableName, "read conversation references", async table =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(conversationId)}");
            var found = new List<ConversationReference>();
            await foreach (var entity in table.QueryAsync<ConversationReferenceEntity>(filter, cancellationToken: cancellationToken))
                found.Add(ToReference(conversationId, entity));
            return found;
        }, cancellationToken);

    // The personal chats the bot has with a person (their Teams id, unique per bot). A scan across conversations: it
    // runs once per nudge to someone met in a group, never on a turn.
    public Task<IReadOnlyList<ConversationReference>> ListPersonalAsync(string userId, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync<IReadOnlyList<ConversationReference>>(TableName, "read personal chat references", async table =>
        {
            var filter = TableClient.CreateQueryFilter($"UserId eq {userId} and ConversationType eq {ConversationReference.Personal}");
            var found = new List<ConversationReference>();
            await foreach (var entity in table.QueryAsync<ConversationReferenceEntity>(filter, cancellationToken: cancellationToken))
                found.Add(ToReference(entity.ConversationId, entity));
            return found;
        }, [], cancellationToken);

    // Marks one reference inactive (a merge: the rest stays). A reference that is not stored stays absent.
    public Task DeactivateAsync(string conversationId, string serviceUrl, string reason, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "deactivate conversation reference", async table =>
        {
            var patch = EntityRules.Checked(new ConversationReferenceEntity
            {
                PartitionKey = TableKey.Encode(conversationId),
                RowKey = RowKeyOf(serviceUrl),
                ConversationId = conversationId,
                ServiceUrl = serviceUrl,
                Inactive = true,
                InactiveReason = reason,
                InactiveUtc = (time ?? TimeProvider.System).GetUtcNow(),
            });
            try
            {
                await table.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404 && !StoreCall.IsTableNotFound(e))
            {
            }
        }, cancellationToken);

    // Every service URL of the conversation (the app was removed from it).
    public async Task DeactivateAllAsync(string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        foreach (var reference in await ListAsync(conversationId, cancellationToken).ConfigureAwait(false))
            if (reference.Active) await DeactivateAsync(conversationId, reference.ServiceUrl, reason, cancellationToken).ConfigureAwait(false);
    }

    private static ConversationReference ToReference(string conversationId, ConversationReferenceEntity entity) =>
        new(conversationId, entity.ServiceUrl, entity.TenantId, entity.BotId, entity.ConversationType, Active: entity.Inactive != true,
            entity.UserId, entity.VouchedByToken == true, entity.LastSeenUtc ?? entity.Timestamp);

    // Service URLs differ only in case and a trailing slash as Teams sends them; one row for all spellings.
    public static string RowKeyOf(string serviceUrl) => TableKey.Encode(serviceUrl.TrimEnd('/').ToLowerInvariant());
}
