namespace StakeholderBot.Storage.Conversations;

// One row per conversation and service URL (ConversationReferenceStore).
public sealed class ConversationReferenceEntity : TableRow
{
    public string ConversationId { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string? TenantId { get; set; }
    public string? BotId { get; set; }
    public string? ConversationType { get; set; }
}
