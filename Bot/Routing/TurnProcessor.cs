using StakeholderBot.Bot.Protocol;
using StakeholderBot.Dialogs;

namespace StakeholderBot.Bot.Routing;

public sealed record TurnOutcome(string Result, IReadOnlyList<Activity> Replies, InvokeResponse? Invoke);

// Activity -> Turn -> flow -> replies and invoke response. A flow failure becomes an apology, never a 500.
public sealed class TurnProcessor(ActivityRouter router, ReplyBuilder replies, ILogger<TurnProcessor> logger)
{
    public async Task<TurnOutcome> ProcessAsync(Activity activity, bool signed, CancellationToken cancellationToken)
    {
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        TurnResult result;
        try
        {
            var turn = TurnMapper.Map(activity, signed);
            if (turn is null)
                return new TurnOutcome(isInvoke ? "unknown-invoke" : "ignored", [], isInvoke ? InvokeResponse.NotImplemented : null);
            result = await router.RouteAsync(turn, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Flow failed for {ActivityType} {ActivityId}", activity.Type, activity.Id);
            const string apology = "Sorry, something went wrong on my side. Please try again.";
            return isInvoke
                ? new TurnOutcome("failed", [], InvokeResponse.Error(500, "InternalError", apology))
                : new TurnOutcome("failed", [replies.Build(activity, Reply.FromText(apology))], null);
        }

        var outgoing = result.Replies.Select(r => replies.Build(activity, r)).ToList();
        return new TurnOutcome("ok", outgoing, isInvoke ? InvokeResponse.From(result.Invoke) : null);
    }
}
