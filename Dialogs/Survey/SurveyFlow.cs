namespace StakeholderBot.Dialogs.Survey;

// Placeholder until the survey flow lands (issue 5).
public sealed class SurveyFlow
{
    public const string VerbPrefix = "survey.";

    public Task<TurnResult> StartAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.SayText(NotYet));

    public Task<TurnResult> ResultsAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.SayText(NotYet));

    public Task<TurnResult> OnActionAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Answer(new InvokeReply.Message(NotYet)));

    private const string NotYet = "Surveys are not available yet.";
}
