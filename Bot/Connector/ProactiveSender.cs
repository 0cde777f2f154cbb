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
// marks the reference inactive, so nothing more is tried there. Teams allows a bot about 50 requests a second
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
        IReadOnlyList<ConversationReference> known;
        try
        {
            known = await references.ListAsync(conversationId, cancellationToken);
        }
        catch (StoreException e)
        {
            logger.LogWarning("Proactive message to {ConversationId} not sent: {Reason}", conversationId, e.Message);
            return ProactiveResult.Failed;
        }
        if (known.FirstOrDefault(r => r.Active && trust.IsTrusted(r.ServiceUrl)) is not { } reference)
        {
            logger.LogWarning("Proactive message to {ConversationId} not sent: no active reference with a trusted service URL ({Known} stored)",
                conversationId, known.Count);
            return ProactiveResult.Unreachable;
        }

        using var _ = await pace.AcquireAsync(1, cancellationToken);
        var delivery = await outbox.DeliverAsync(reference.ServiceUrl, conversationId, replies.Build(AddressOf(reference), message));
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
