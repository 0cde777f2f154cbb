namespace StakeholderBot.Dialogs.Proactive;

// Messages the bot starts itself, to a conversation it was in before (its stored reference). The host sends them
// through the same outbox and retry policy as replies.
public interface IProactiveSender
{
    Task<ProactiveResult> SendAsync(string conversationId, Reply message, CancellationToken cancellationToken);
}

public enum ProactiveResult
{
    Delivered,
    // No active, trusted reference (never reached, or the connector said 403/404, or the app was removed):
    // sending again is pointless until the user talks to the bot there.
    Unreachable,
    // Retries or the outbox ran out, or storage failed: worth trying again on a later run.
    Failed,
}
