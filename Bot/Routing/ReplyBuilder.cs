using System.Text.Json.Nodes;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Dialogs;
using StakeholderBot.Knowledge;

namespace StakeholderBot.Bot.Routing;

// Reply -> outgoing Activity addressed back to where the inbound activity came from.
public sealed class ReplyBuilder
{
    public Activity Build(Activity inbound, Reply reply)
    {
        var entities = new JsonArray();
        if (reply.Citations is { Count: > 0 } || reply.AiGenerated) entities.Add(MessageEntity(reply));
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = reply.Text,
            TextFormat = reply.Text is null ? null : "markdown",
            Locale = inbound.Locale,
            From = inbound.Recipient,
            Recipient = inbound.From,
            Conversation = inbound.Conversation is { } c ? new ConversationAccount(c.Id, TenantId: c.TenantId) : null,
            ReplyToId = inbound.Id,
            Attachments = reply.Card is { } card ? [new Attachment(AttachmentContentTypes.AdaptiveCard, card.DeepClone())] : null,
            Entities = entities.Count > 0 ? entities : null,
            ChannelData = reply.FeedbackButtons ? new JsonObject { ["feedbackLoopEnabled"] = true } : null,
        };
    }

    // Teams allows exactly one root Message entity; it carries both the citations and the AI label.
    private static JsonObject MessageEntity(Reply reply)
    {
        var entity = new JsonObject
        {
            ["type"] = "https://schema.org/Message",
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
        };
        if (reply.AiGenerated) entity["additionalType"] = new JsonArray("AIGeneratedContent");
        if (reply.Citations is { Count: > 0 } citations)
            entity["citation"] = new JsonArray(citations.Take(20).Select(c => (JsonNode)Claim(c)).ToArray());
        return entity;
    }

    // The url is the signed link the flow made for whoever the answer is for.
    private static JsonObject Claim(Citation citation) => new()
    {
        ["@type"] = "Claim",
        ["position"] = citation.Position,
        ["appearance"] = new JsonObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = citation.Page > 0 ? Shorten(citation.Title, 72) + $", p. {citation.Page}" : Shorten(citation.Title, 80),
            ["abstract"] = Shorten(citation.Abstract, 160),
            ["url"] = citation.Url,
        },
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
