namespace StakeholderBot.Bot.Connector;

// What became of one message in the outbox. Refused carries the connector's status (none: the service URL was
// not trusted); Lost: retries or the budget ran out, or the outbox was full or shutting down. Id: what the connector
// answered with (the new conversation's id for a created conversation).
public enum DeliveryOutcome { Delivered, Refused, Lost }

public sealed record Delivery(DeliveryOutcome Outcome, int? Status = null, string? Id = null);
