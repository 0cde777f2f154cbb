using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StakeholderBot.Bot.Protocol;

// The Bot Framework v3 Activity, loose on purpose: the fields the bot reads are typed, everything
// else is kept in Properties so nothing a channel sends is lost when an activity is logged or echoed.
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? Name { get; init; }
    public JsonNode? Value { get; init; }
    public string? ReplyToId { get; init; }
    public string? Action { get; init; }
    public string? DeliveryMode { get; init; }
    public string? InputHint { get; init; }
    public List<ChannelAccount>? MembersAdded { get; init; }
    public List<ChannelAccount>? MembersRemoved { get; init; }
    public List<Attachment>? Attachments { get; init; }
    public JsonArray? Entities { get; init; }
    public JsonObject? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    // Teams puts the tenant in both places; older payloads only in channelData.
    [JsonIgnore]
    public string? TenantId =>
        Conversation?.TenantId ?? ((ChannelData?["tenant"] as JsonObject)?["id"] as JsonValue)?.ToString();
}

public sealed record ChannelAccount(string? Id, string? Name = null, string? AadObjectId = null, string? Role = null);

public sealed record ConversationAccount(
    string? Id, string? Name = null, string? ConversationType = null, bool? IsGroup = null, string? TenantId = null);

public sealed record Attachment(string ContentType, JsonNode? Content = null, string? ContentUrl = null, string? Name = null);

public static class AttachmentContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
}

// The kinds of update of a streamed message (Teams' streaminfo entity).
public static class StreamTypes
{
    public const string Informative = "informative";
    public const string Streaming = "streaming";
    public const string Final = "final";
}

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string MessageSubmitAction = "message/submitAction";
}
