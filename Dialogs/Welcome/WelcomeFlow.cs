using StakeholderBot.Cards;

namespace StakeholderBot.Dialogs.Welcome;

public sealed class WelcomeFlow
{
    public Task<TurnResult> WelcomeAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Say(Reply.FromCard(WelcomeCard.Build(HelpTexts.For(turn.Language)))));

    public Task<TurnResult> HelpAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Say(Reply.FromCard(HelpCard.Build(HelpTexts.For(turn.Language)))));
}
