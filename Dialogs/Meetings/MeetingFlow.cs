namespace StakeholderBot.Dialogs.Meetings;

// Placeholder until the meeting flow lands (issue 6).
public sealed class MeetingFlow
{
    public const string VerbPrefix = "meeting.";

    public Task<TurnResult> StartLogAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.SayText(NotYet));

    public Task<TurnResult> SummaryAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.SayText(NotYet));

    public Task<TurnResult> OnActionAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Answer(new InvokeReply.Message(NotYet)));

    private const string NotYet = "Meeting logs are not available yet.";
}
