using System.Text.Json.Nodes;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Dialogs;
using StakeholderBot.Knowledge;

namespace StakeholderBot.Bot.Routing;

// Reply -> outgoing Activity addressed back to where the inbound activity came from.
public sealed class ReplyBuilder
{
    // streamId: the reply ends the stream Teams gave this id (its final message; citations and labels go only on it).
    public Activity Build(Activity inbound, Reply reply, string? streamId = null)
    {
        var entities = new JsonArray();
        if (streamId is not null) entities.Add(StreamInfo(StreamTypes.Final, null, streamId));
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

    // An update of a streamed reply (Teams: typing activities with a streaminfo entity): the informative line first
    // (which starts the stream and gets its id), then the text so far each time it grows. Sequence counts from 1.
    public Activity StreamUpdate(Activity inbound, string text, string streamType, int sequence, string? streamId) => new()
    {
        Type = ActivityTypes.Typing,
        Text = text,
        Locale = inbound.Locale,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation is { } c ? new ConversationAccount(c.Id, TenantId: c.TenantId) : null,
        ReplyToId = inbound.Id,
        Entities = [StreamInfo(streamType, sequence, streamId)],
    };

    // The final message carries no sequence; every other update does.
    private static JsonObject StreamInfo(string streamType, int? sequence, string? streamId)
    {
        var entity = new JsonObject { ["type"] = "streaminfo", ["streamType"] = streamType };
        if (streamId is not null) entity["streamId"] = streamId;
        if (sequence is { } n) entity["streamSequence"] = n;
        return entity;
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
