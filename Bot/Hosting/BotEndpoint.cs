using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Connector;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Bot.Routing;
using StakeholderBot.Dialogs;
using StakeholderBot.Storage.Conversations;

namespace StakeholderBot.Bot.Hosting;

// POST /api/messages: auth -> activity -> turn -> replies. The invoke response goes back as this request's response.
public static class BotEndpoint
{
    public static IEndpointRouteBuilder MapBotEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, BotAuthenticator auth, TurnProcessor processor,
        ReplyOutbox replies, ReplyStreams streams, ConversationDirectory directory, ServiceUrlTrust trust, ILoggerFactory loggers, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // Azure Bot Service waits about 15 s for this request: replies sent during it must be done by then.
        var replyDeadline = time.GetUtcNow() + RetryPolicy.InTurnBudget;
        var authorization = request.Headers.Authorization.ToString();
        var header = auth.CheckHeader(authorization);
        if (!header.IsAllowed) return Problem(header.Status, header.Problem!);

        var read = await ActivityReader.ReadAsync(request, cancellationToken);
        if (read.Activity is not { } activity) return Problem(read.Status, read.Problem!);

        var verdict = await auth.AuthenticateAsync(authorization, activity, cancellationToken);
        if (!verdict.IsAllowed) return Problem(verdict.Status, verdict.Problem!);

        // The authenticator refused any service URL that is not trusted; one that is present is worth remembering,
        // unless the activity says the bot was removed from there.
        if (activity.Conversation?.Id is { Length: > 0 } conversationId && Installation.IsRemoval(activity))
            await directory.ForgetAsync(conversationId, $"{activity.Type} {activity.Action}".Trim());
        else if (activity.ServiceUrl is { Length: > 0 } serviceUrl && activity.Conversation?.Id is { Length: > 0 } reachable)
            directory.Remember(new ConversationReference(reachable, serviceUrl, activity.TenantId,
                activity.Recipient?.Id, activity.Conversation.ConversationType,
                UserId: activity.Conversation.ConversationType == ConversationReference.Personal ? activity.From?.Id : null,
                VouchedByToken: trust.IsVouchedOnly(serviceUrl)), activity.From is { } from ? new UserRef(from.Id ?? "", from.AadObjectId, null) : null);
        // A verified token (the only way a non-empty header gets here) is what makes a file link worth following.
        var outcome = await processor.ProcessAsync(activity, signed: authorization.Length > 0, cancellationToken);
        var logger = loggers.CreateLogger("StakeholderBot.Turn");
        var result = await RespondAsync(activity, outcome, replies, replyDeadline, logger, cancellationToken);
        // After this turn's own replies, so a streamed answer comes after anything the flow said first.
        if (outcome.Stream is { } stream) streams.Start(activity, stream);
        logger.LogInformation(
            "Turn {ActivityType} {InvokeName} conversation {ConversationId} took {ElapsedMs:F0} ms: {Outcome}, {ReplyCount} replies",
            activity.Type, activity.Name, activity.Conversation?.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            outcome.Result, outcome.Replies.Count);
        return result;
    }

    private static async Task<IResult> RespondAsync(Activity activity, TurnOutcome outcome, ReplyOutbox replies,
        DateTimeOffset replyDeadline, ILogger logger, CancellationToken cancellationToken)
    {
        if (string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase) && outcome.Invoke is null)
            return Results.Json(new { activities = outcome.Replies }, BotJson.Options);

        if (outcome.Replies.Count > 0 && string.IsNullOrEmpty(activity.ServiceUrl))
            logger.LogWarning("Activity {ActivityId} has no serviceUrl; its replies are dropped", LogText.Clip(activity.Id));
        else if (outcome.Replies.Count > 0 && activity.Conversation?.Id is { } conversationId)
        {
            await replies.SendAsync(activity.ServiceUrl!, conversationId, activity.Id, outcome.Replies, replyDeadline, cancellationToken);
        }
        if (outcome.Invoke is { } invoke)
            return invoke.Body is null ? Results.StatusCode(invoke.Status) : Results.Json(invoke.Body, BotJson.Options, statusCode: invoke.Status);
        return Results.Ok();
    }

    private static IResult Problem(int status, string detail) => Results.Json(
        new JsonObject { ["status"] = status, ["title"] = Title(status), ["detail"] = detail },
        BotJson.Options, contentType: "application/problem+json", statusCode: status);

    private static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        413 => "Payload too large",
        _ => "Error",
    };
}
