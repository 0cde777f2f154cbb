namespace StakeholderBot.Dialogs.Ask;

// Placeholder until the knowledge flow lands (issue 4).
public sealed class AskFlow
{
    public Task<TurnResult> AnswerAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.SayText("Answering questions is not available yet."));

    public Task<TurnResult> OnFeedbackAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Answer(new InvokeReply.Empty()));
}
