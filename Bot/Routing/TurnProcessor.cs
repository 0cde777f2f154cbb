using System.Diagnostics;
using StakeholderBot.Dialogs;
using StakeholderBot.Storage;
using Activity = StakeholderBot.Bot.Protocol.Activity;
using ActivityTypes = StakeholderBot.Bot.Protocol.ActivityTypes;

namespace StakeholderBot.Bot.Routing;

public sealed record TurnOutcome(string Result, IReadOnlyList<Activity> Replies, InvokeResponse? Invoke);

// Activity -> Turn -> flow -> replies and invoke response. A flow failure becomes an apology, never a 500.
// Each turn is a span named by its route, and counted by route and result.
public sealed class TurnProcessor(ActivityRouter router, ReplyBuilder replies, ILogger<TurnProcessor> logger)
{
    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity("turn");
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var route = "none";
        TurnOutcome outcome;
        try
        {
            var turn = TurnMapper.Map(activity);
            if (turn is null)
            {
                outcome = new TurnOutcome(isInvoke ? "unknown-invoke" : "ignored", [], isInvoke ? InvokeResponse.NotImplemented : null);
            }
            else
            {
                var picked = router.Pick(turn);
                route = picked.Name;
                var result = await picked.RunAsync(cancellationToken);
                outcome = new TurnOutcome("ok", result.Replies.Select(r => replies.Build(activity, r)).ToList(),
                    isInvoke ? InvokeResponse.From(result.Invoke) : null);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Flow failed for {ActivityType} {ActivityId}", activity.Type, activity.Id);
            const string apology = "Sorry, something went wrong on my side. Please try again.";
            outcome = isInvoke
                ? new TurnOutcome("failed", [], InvokeResponse.Error(500, "InternalError", apology))
                : new TurnOutcome("failed", [replies.Build(activity, Reply.FromText(apology))], null);
        }

        if (span is not null)
        {
            span.DisplayName = "turn " + route;
            span.SetTag("bot.activity.type", activity.Type).SetTag("bot.route", route).SetTag("bot.result", outcome.Result);
            if (outcome.Result == "failed") span.SetStatus(ActivityStatusCode.Error);
        }
        BotTelemetry.Turns.Add(1, new("route", route), new("result", outcome.Result));
        return outcome;
    }
}
