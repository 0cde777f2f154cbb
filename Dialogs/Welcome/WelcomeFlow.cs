using Microsoft.Extensions.Logging;
using StakeholderBot.Cards.Help;
using StakeholderBot.Storage;
using StakeholderBot.Storage.State;

namespace StakeholderBot.Dialogs.Welcome;

// The welcome and help cards and their buttons. Teams announces an install twice (installationUpdate and
// conversationUpdate), possibly to different instances: the first one to record the welcome sends it, the
// other stays quiet.
public sealed class WelcomeFlow(ConversationStateStore state, AccessPolicy access, TimeProvider time, ILogger<WelcomeFlow> logger)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMinutes(10);

    // Longer than any command or example question; a button never sends more.
    private const int MaxCommandLength = 300;

    public sealed record Welcomed(DateTimeOffset At);

    public async Task<TurnResult> WelcomeAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!await FirstWelcomeAsync(turn, cancellationToken)) return TurnResult.Nothing;
        return TurnResult.Say(Reply.FromCard(WelcomeCard.Build(HelpTexts.For(turn.Language), access.IsProjectManager(turn.User))));
    }

    public Task<TurnResult> HelpAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Say(Reply.FromCard(HelpCard.Build(HelpTexts.For(turn.Language), access.IsProjectManager(turn.User)))));

    // A button of HelpActions: the turn as if its command had been typed, or null when the action carries none.
    public static Turn? TypedCommand(Turn turn)
    {
        var command = turn.Action?.Values.GetValueOrDefault(HelpActions.CommandKey)?.Trim();
        if (string.IsNullOrEmpty(command) || command.Length > MaxCommandLength) return null;
        return turn with { Kind = TurnKind.Message, Text = command, Action = null };
    }

    // The command's replies go to the chat; the card the button is on stays, with a note of what was sent.
    public static TurnResult Ran(Turn typed, TurnResult result)
    {
        var texts = HelpTexts.For(typed.Language);
        return TurnResult.Answer(new InvokeReply.Message(texts.Format(texts.Sent, typed.Text)), [.. result.Replies]);
    }

    private async Task<bool> FirstWelcomeAsync(Turn turn, CancellationToken cancellationToken)
    {
        var key = new ConversationStateKey(turn.Conversation.Id, "bot", "welcome");
        var now = time.GetUtcNow();
        try
        {
            var previous = await state.GetAsync<Welcomed>(key, cancellationToken);
            if (previous is not null && now - previous.State.At < Quiet) return false;
            var activityId = string.IsNullOrEmpty(turn.ActivityId) ? Guid.NewGuid().ToString("N") : turn.ActivityId;
            await state.SaveAsync(key, new Welcomed(now), previous?.ETag, activityId, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
        catch (StoreUnavailableException e)
        {
            // Better a second welcome than none.
            logger.LogWarning("Welcome not recorded for {ConversationId}: {Reason}", turn.Conversation.Id, e.Message);
            return true;
        }
    }
}
