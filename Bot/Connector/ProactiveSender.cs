using System.Threading.RateLimiting;
using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Bot.Routing;
using StakeholderBot.Dialogs;
using StakeholderBot.Dialogs.Proactive;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Conversations;

namespace StakeholderBot.Bot.Connector;

// Messages the bot starts: POST {serviceUrl}/v3/conversations/{id}/activities with the stored reference, through
// the reply outbox (one queue per conversation, in order, one retry policy: Retry-After, 5xx backoff), only to
// an active reference whose service URL is trusted. A 403 (bot removed or blocked) or 404 (conversation gone)
// marks the reference inactive, so nothing more is tried there. A person met only in a group chat or channel is
// reached in their personal chat, started with POST {serviceUrl}/v3/conversations when none is known. Teams allows a bot about 50 requests a second
// per tenant and 7 a second per conversation: SendsPerSecond paces a burst of scheduled messages (one each per
// conversation) well below both, and a 429 is still waited out by the outbox.
public sealed class ProactiveSender(ConversationReferenceStore references, ServiceUrlTrust trust, ReplyOutbox outbox, ReplyBuilder replies,
    ScheduleOptions options, ILogger<ProactiveSender> logger) : IProactiveSender, IDisposable
{
    private readonly TokenBucketRateLimiter pace = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = options.SendsPerSecond,
        TokensPerPeriod = options.SendsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public async Task<ProactiveResult> SendAsync(string conversationId, Reply message, CancellationToken cancellationToken)
    {
        if (await ReadAsync(() => references.ListAsync(conversationId, cancellationToken), conversationId) is not { } known)
            return ProactiveResult.Failed;
        if (Usable(known) is not { } reference)
        {
            logger.LogWarning("Proactive message to {ConversationId} not sent: no active reference with a trusted service URL ({Known} stored)",
                conversationId, known.Count);
            return ProactiveResult.Unreachable;
        }
        return await SendAsync(reference, message, cancellationToken);
    }

    public async Task<ProactiveResult> SendToPersonalChatAsync(string userId, string? respondent, string metIn, Reply message,
        CancellationToken cancellationToken)
    {
        if (await ReadAsync(() => references.ListPersonalAsync(userId, cancellationToken), "the personal chat of " + userId) is not { } chats)
            return ProactiveResult.Failed;
        if (Usable(chats) is { } chat) return await SendAsync(chat, message, cancellationToken);
        if (chats.Count > 0)
        {
            // The person's chat is known and the connector refused it or the app was removed: starting it again
            // would be refused the same way.
            logger.LogWarning("Proactive message to the personal chat of {UserId} not sent: their chat is inactive", userId);
            return ProactiveResult.Unreachable;
        }
        if (await ReadAsync(() => references.ListAsync(metIn, cancellationToken), metIn) is not { } group) return ProactiveResult.Failed;
        if (Usable(group) is not { BotId: { } botId } via)
        {
            logger.LogWarning("Personal chat of {UserId} not started: no active reference of {ConversationId} says where", userId, metIn);
            return ProactiveResult.Unreachable;
        }

        using (await pace.AcquireAsync(1, cancellationToken))
        {
            var created = await outbox.CreateConversationAsync(via.ServiceUrl, ConversationParameters.OneToOne(botId, userId, via.TenantId));
            switch (created)
            {
                case { Outcome: DeliveryOutcome.Delivered, Id: { Length: > 0 } id }:
                    chat = new ConversationReference(id, via.ServiceUrl, via.TenantId, botId, ConversationReference.Personal,
                        UserId: userId, VouchedByToken: via.VouchedByToken) { Respondent = respondent };
                    break;
                case { Outcome: DeliveryOutcome.Refused }:
                    // 403/404: the app is not installed for the person (or they blocked it); nothing is sent.
                    logger.LogWarning("Personal chat of {UserId} not started: the connector answered {Status}; the app is not installed for them",
                        userId, created.Status);
                    return ProactiveResult.Unreachable;
                default:
                    return ProactiveResult.Failed;
            }
        }
        try
        {
            await references.SaveAsync(chat, cancellationToken);
        }
        catch (StoreException e)
        {
            // The message still goes out; the next message to them starts (finds) the same chat again.
            logger.LogWarning("Personal chat of {UserId} not saved: {Reason}", userId, e.Message);
        }
        return await SendAsync(chat, message, cancellationToken);
    }

    private async Task<ProactiveResult> SendAsync(ConversationReference reference, Reply message, CancellationToken cancellationToken)
    {
        using var _ = await pace.AcquireAsync(1, cancellationToken);
        var delivery = await outbox.DeliverAsync(reference.ServiceUrl, reference.ConversationId, replies.Build(AddressOf(reference), message));
        switch (delivery)
        {
            case { Outcome: DeliveryOutcome.Delivered }:
                return ProactiveResult.Delivered;
            case { Outcome: DeliveryOutcome.Refused, Status: 403 or 404 }:
                await DeactivateAsync(reference, $"the connector answered {delivery.Status}");
                return ProactiveResult.Unreachable;
            case { Outcome: DeliveryOutcome.Refused }:
                // Bad request or an untrusted URL: the same message would fail the same way again.
                return ProactiveResult.Unreachable;
            default:
                return ProactiveResult.Failed;
        }
    }

    // The reference last seen among the active ones whose service URL is trusted. A URL trusted because a verified
    // token named it is trusted again from what was stored, so a restart does not wait for the user to write.
    private ConversationReference? Usable(IReadOnlyList<ConversationReference> known) =>
        known.Where(r => r.Active && (trust.IsTrusted(r.ServiceUrl) || r.VouchedByToken && trust.Vouch(r.ServiceUrl)))
            .OrderByDescending(r => r.LastSeenUtc ?? DateTimeOffset.MinValue)
            .FirstOrDefault();

    private async Task<IReadOnlyList<ConversationReference>?> ReadAsync(Func<Task<IReadOnlyList<ConversationReference>>> read, string what)
    {
        try
        {
            return await read();
        }
        catch (StoreException e)
        {
            logger.LogWarning("Proactive message to {ConversationId} not sent: {Reason}", what, e.Message);
            return null;
        }
    }

    // The reply builder addresses a reply back to an inbound activity; a proactive message has none, so it is
    // addressed as if the reference had written: from the bot, to the conversation, replying to nothing.
    private static Activity AddressOf(ConversationReference reference) => new()
    {
        Conversation = new ConversationAccount(reference.ConversationId, TenantId: reference.TenantId),
        Recipient = reference.BotId is { } bot ? new ChannelAccount(bot) : null,
    };

    private async Task DeactivateAsync(ConversationReference reference, string reason)
    {
        try
        {
            await references.DeactivateAsync(reference.ConversationId, reference.ServiceUrl, reason);
            logger.LogWarning("Conversation {ConversationId} marked inactive: {Reason}", reference.ConversationId, reason);
        }
        catch (StoreException e)
        {
            logger.LogWarning("Conversation {ConversationId} not marked inactive ({Reason}): {Error}", reference.ConversationId, reason, e.Message);
        }
    }

    public void Dispose() => pace.Dispose();
}
