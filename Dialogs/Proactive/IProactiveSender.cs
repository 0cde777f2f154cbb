namespace StakeholderBot.Dialogs.Proactive;

// Messages the bot starts itself, to a conversation it was in before (its stored reference). The host sends them
// through the same outbox and retry policy as replies.
public interface IProactiveSender
{
    Task<ProactiveResult> SendAsync(string conversationId, Reply message, CancellationToken cancellationToken);

    // To a person's personal chat with the bot; when none is known, the chat is started the Teams way from what the
    // conversation they were met in (metIn: a group chat or channel) says about the bot, tenant and service URL, and
    // stored under their code (respondent), so an erase by code finds it.
    Task<ProactiveResult> SendToPersonalChatAsync(string userId, string? respondent, string metIn, Reply message, CancellationToken cancellationToken);
}

public enum ProactiveResult
{
    Delivered,
    // No active, trusted reference (never reached, or the connector said 403/404, or the app was removed; for a
    // personal chat to start: Teams refused it, the app is not installed for the person):
    // sending again is pointless until the user talks to the bot there.
    Unreachable,
    // Retries or the outbox ran out, or storage failed: worth trying again on a later run.
    Failed,
}
