using System.Diagnostics;
using StakeholderBot.Bot.Connector;
using StakeholderBot.Dialogs;
using StakeholderBot.Storage;
using Activity = StakeholderBot.Bot.Protocol.Activity;
using ActivityTypes = StakeholderBot.Bot.Protocol.ActivityTypes;

namespace StakeholderBot.Bot.Routing;

// Stream: a reply to stream into the conversation after the turn (see ReplyStreams), besides Replies.
public sealed record TurnOutcome(string Result, IReadOnlyList<Activity> Replies, InvokeResponse? Invoke, StreamedReply? Stream = null);

// Activity -> Turn -> flow -> replies and invoke response. A flow failure becomes an apology, never a 500. A reply the
// flow streams is kept as a stream only where the client can show one; elsewhere it is awaited here as one message.
// Each turn is a span named by its route, and counted by route and result.
public sealed class TurnProcessor(ActivityRouter router, ReplyBuilder replies, ILogger<TurnProcessor> logger)
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again.";

    public async Task<TurnOutcome> ProcessAsync(Activity activity, bool signed, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("turn");
        var route = "none";
        var outcome = await RunAsync(activity, signed, name => route = name, cancellationToken);
        if (span is not null)
        {
            span.DisplayName = "turn " + route;
            span.SetTag("bot.activity.type", activity.Type).SetTag("bot.route", route).SetTag("bot.result", outcome.Result);
            if (outcome.Result == "failed") span.SetStatus(ActivityStatusCode.Error);
        }
        BotTelemetry.Turns.Add(1, new("route", route), new("result", outcome.Result));
        return outcome;
    }

    private async Task<TurnOutcome> RunAsync(Activity activity, bool signed, Action<string> routed, CancellationToken cancellationToken)
    {
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        TurnResult result;
        try
        {
            var turn = TurnMapper.Map(activity, signed);
            if (turn is null)
                return new TurnOutcome(isInvoke ? "unknown-invoke" : "ignored", [], isInvoke ? InvokeResponse.NotImplemented : null);
            var route = router.Pick(turn);
            routed(route.Name);
            result = await route.RunAsync(cancellationToken);
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
