using System.Text.Json.Nodes;

namespace StakeholderBot.Bot.Protocol;

// The body of POST /v3/conversations. Teams creates (or finds) the 1:1 chat of the bot with the one member; the
// tenant goes in both places, as the connector reads either.
public sealed record ConversationParameters(ChannelAccount Bot, IReadOnlyList<ChannelAccount> Members, string? TenantId,
    JsonObject? ChannelData, bool IsGroup = false)
{
    public static ConversationParameters OneToOne(string botId, string userId, string? tenantId) => new(
        new ChannelAccount(botId), [new ChannelAccount(userId)], tenantId,
        tenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } });
}
