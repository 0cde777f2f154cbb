namespace StakeholderBot.Storage.Conversations;

// One row per conversation and service URL (ConversationReferenceStore).
public sealed class ConversationReferenceEntity : TableRow
{
    public string ConversationId { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string? TenantId { get; set; }
    public string? BotId { get; set; }
    public string? ConversationType { get; set; }
    // A personal chat's: the code of the person it is with, so that an erase by code reaches it.
    public string? Respondent { get; set; }

    // The person a personal chat is with (their Teams id), so their chat can be found from a group they were met in.
    public string? UserId { get; set; }

    // The service URL was trusted only because a verified Bot Connector token named it (not a Teams host).
    public bool? VouchedByToken { get; set; }

    public DateTimeOffset? LastSeenUtc { get; set; }

    // Set when the connector answered 403 or 404 or the bot was uninstalled; cleared by the next activity from there.
    public bool? Inactive { get; set; }
    public string? InactiveReason { get; set; }
    public DateTimeOffset? InactiveUtc { get; set; }
}
