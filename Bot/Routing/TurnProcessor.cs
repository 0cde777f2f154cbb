using StakeholderBot.Bot.Connector;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Dialogs;

namespace StakeholderBot.Bot.Routing;

// Stream: a reply to stream into the conversation after the turn (see ReplyStreams), besides Replies.
public sealed record TurnOutcome(string Result, IReadOnlyList<Activity> Replies, InvokeResponse? Invoke, StreamedReply? Stream = null);

// Activity -> Turn -> flow -> replies and invoke response. A flow failure becomes an apology, never a 500. A reply the
// flow streams is kept as a stream only where the client can show one; elsewhere it is awaited here as one message.
public sealed class TurnProcessor(ActivityRouter router, ReplyBuilder replies, ILogger<TurnProcessor> logger)
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again.";

    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        TurnResult result;
        try
        {
            var turn = TurnMapper.Map(activity);
            if (turn is null)
                return new TurnOutcome(isInvoke ? "unknown-invoke" : "ignored", [], isInvoke ? InvokeResponse.NotImplemented : null);
            result = await router.RouteAsync(turn, cancellationToken);
            if (result.Streamed is { } streamed)
            {
                if (ReplyStreams.CanStream(activity)) return new TurnOutcome("streaming", result.Replies.Select(r => replies.Build(activity, r)).ToList(), null, streamed);
                result = result with { Replies = [.. result.Replies, await ReplyStreams.FinalAsync(streamed, logger, cancellationToken)], Streamed = null };
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Flow failed for {ActivityType} {ActivityId}", activity.Type, activity.Id);
            return isInvoke
                ? new TurnOutcome("failed", [], InvokeResponse.Error(500, "InternalError", Apology))
                : new TurnOutcome("failed", [replies.Build(activity, Reply.FromText(Apology))], null);
        }

        var outgoing = result.Replies.Select(r => replies.Build(activity, r)).ToList();
        return new TurnOutcome("ok", outgoing, isInvoke ? InvokeResponse.From(result.Invoke) : null);
    }
}
