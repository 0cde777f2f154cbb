using System.Collections.Concurrent;
using System.Threading.Channels;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Bot.Routing;
using StakeholderBot.Dialogs;

namespace StakeholderBot.Bot.Connector;

// Streams a reply into a Teams personal chat as it is written (Teams' streaming protocol): an informative update
// first, whose id becomes the stream's id, then typing activities with the text so far at a steady pace, then the
// final message with the citations and labels. It runs after the turn's request has been answered: a model's answer
// may take longer than Azure Bot Service waits for that request, while a stream may run for up to two minutes.
// Every send goes through the connector client (token, retry policy) and the outbox's order: a conversation with
// replies waiting gets no stream, and replies of later turns wait until the stream has ended. A stream that fails
// midway still ends with a final message (the flow's fallback answer, or an apology); one the user stops with
// Teams' Stop button ends there.
public sealed partial class ReplyStreams(Func<ConnectorClient> connectors, ReplyOutbox outbox, ReplyBuilder builder, TimeProvider time,
    ILogger<ReplyStreams> logger) : IHostedService
{
    // Teams asks for one update at a time at a steady pace, buffering the model's tokens for 1.5 to 2 seconds.
    public static readonly TimeSpan UpdateInterval = TimeSpan.FromSeconds(1.5);

    // Teams ends a stream after two minutes; the model's own time-out (OpenAI:TimeoutSeconds) ends it well before.
    private static readonly TimeSpan StreamLimit = TimeSpan.FromSeconds(110);

    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<Task, byte> running = new();

    // Streaming is for Teams personal chats with a connector to send to; elsewhere (group chats, channels, other
    // channels, expectReplies) the reply goes as one message.
    public static bool CanStream(Activity inbound) =>
        inbound.ChannelId == "msteams" && inbound.Conversation is { ConversationType: "personal", Id.Length: > 0 }
        && !string.Equals(inbound.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase)
        && Uri.TryCreate(inbound.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    // The reply alone, for where it is not streamed: the drafts are passed over. A failure becomes the apology.
    public static async Task<Reply> FinalAsync(StreamedReply reply, ILogger logger, CancellationToken cancellationToken)
    {
        Reply? final = null;
        try
        {
            await foreach (var update in reply.Updates.WithCancellation(cancellationToken))
                if (update is ReplyUpdate.Final done) final = done.Reply;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(error, "Writing a reply failed");
        }
        return final ?? Reply.FromText(TurnProcessor.Apology);
    }

    // Runs the stream in the background; the turn's request can be answered at once.
    public void Start(Activity inbound, StreamedReply reply)
    {
        var task = Task.Run(() => RunAsync(inbound, reply));
        running[task] = 0;
        _ = task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Shutdown: streams still writing are stopped and end with the apology (one attempt each), so none is left open.
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        try { await Task.WhenAll(running.Keys).WaitAsync(cancellationToken); }
        catch (OperationCanceledException) { }
    }

    private async Task RunAsync(Activity inbound, StreamedReply reply)
    {
        try
        {
            await StreamReplyAsync(inbound, reply);
        }
        catch (Exception error)
        {
            logger.LogError(error, "Streaming the reply to {ActivityId} failed", inbound.Id);
        }
    }

    private async Task StreamReplyAsync(Activity inbound, StreamedReply reply)
    {
        var serviceUrl = inbound.ServiceUrl!;
        var conversationId = inbound.Conversation!.Id!;
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        writing.CancelAfter(StreamLimit);
        if (!outbox.TryBeginStream(conversationId))
        {
            // Earlier replies are still waiting: this one goes as one message behind them.
            outbox.TryEnqueue(serviceUrl, conversationId, [builder.Build(inbound, await FinalAsync(reply, logger, writing.Token))]);
            return;
        }
        Activity? unsent = null;
        TimeSpan? retryAfter = null;
        try
        {
            var streamId = await SendUpdateAsync(inbound, reply.Progress, StreamTypes.Informative, 1, null);
            var final = streamId is null
                ? await FinalAsync(reply, logger, writing.Token)
                : await StreamAsync(inbound, reply, streamId, writing);
            if (final is null) return;
            var activity = builder.Build(inbound, final, streamId);
            try
            {
                // One attempt (the deadline is now): a retry waits in the outbox, in order.
                await connectors().SendAsync(serviceUrl, conversationId, activity, time.GetUtcNow(), CancellationToken.None);
            }
            catch (Exception error) when (ConnectorException.IsRetryable(error, CancellationToken.None))
            {
                (unsent, retryAfter) = (activity, (error as ConnectorException)?.RetryAfter);
            }
            catch (Exception error) when (error is ConnectorException or HttpRequestException)
            {
                logger.LogError(error, "The final message of the streamed reply to {ActivityId} could not be sent", inbound.Id);
            }
        }
        finally
        {
            outbox.EndStream(serviceUrl, conversationId, unsent is null ? [] : [unsent], retryAfter);
        }
    }

    // Sends the drafts as they come, then returns the final reply; null when the user stopped the stream.
    private async Task<Reply?> StreamAsync(Activity inbound, StreamedReply reply, string streamId, CancellationTokenSource writing)
    {
        var drafts = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var writer = Task.Run(() => WriteAsync(reply, drafts.Writer, writing.Token));
        var sequence = 1;
        var shown = "";
        var next = time.GetUtcNow();
        var stopped = false;
        await foreach (var draft in drafts.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (stopped || draft == shown) continue;
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time);
            // A newer draft came while waiting: that one goes instead.
            var latest = drafts.Reader.TryRead(out var newer) ? newer : draft;
            try
            {
                await SendUpdateAsync(inbound, latest, StreamTypes.Streaming, ++sequence, streamId, throwIfRefused: true);
                shown = latest;
                next = time.GetUtcNow() + UpdateInterval;
            }
            catch (ConnectorException refused) when (refused.Status == 403)
            {
                // Teams' Stop button (ContentStreamNotAllowed): the user has what was shown; nothing more is sent.
                logger.LogInformation("The streamed reply to {ActivityId} was stopped by the user", inbound.Id);
                stopped = true;
                await writing.CancelAsync();
            }
            catch (Exception error) when (error is ConnectorException or HttpRequestException or OperationCanceledException)
            {
                // A lost update costs nothing (the next carries the whole text); a throttled one sets the pace.
                next = time.GetUtcNow() + ((error as ConnectorException)?.RetryAfter ?? UpdateInterval);
            }
        }
        var final = await writer;
        return stopped ? null : final;
    }

    // Reads the flow's updates on a task of its own, so the model is never held up by a send: the channel keeps only
    // the newest draft. Returns the final reply, or the apology if writing failed or took too long.
    private async Task<Reply> WriteAsync(StreamedReply reply, ChannelWriter<string> drafts, CancellationToken cancellationToken)
    {
        Reply? final = null;
        try
        {
            await foreach (var update in reply.Updates.WithCancellation(cancellationToken))
            {
                if (update is ReplyUpdate.Draft draft) drafts.TryWrite(draft.Text);
                else if (update is ReplyUpdate.Final done) final = done.Reply;
            }
        }
        catch (Exception error)
        {
            logger.LogError(error, "Writing a streamed reply failed midway; it ends with an apology");
        }
        finally
        {
            drafts.TryComplete();
        }
        return final ?? Reply.FromText(TurnProcessor.Apology);
    }

    // One attempt, no retry (a stream update is worth nothing later). Returns the id Teams gave the activity, which for
    // the first update is the stream's id; null when the first update was refused (streaming not allowed here).
    private async Task<string?> SendUpdateAsync(Activity inbound, string text, string streamType, int sequence, string? streamId, bool throwIfRefused = false)
    {
        var activity = builder.StreamUpdate(inbound, text, streamType, sequence, streamId);
        try
        {
            return await connectors().SendAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, activity, time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception error) when (!throwIfRefused && error is ConnectorException or HttpRequestException or OperationCanceledException)
        {
            logger.LogInformation("Streaming the reply to {ActivityId} was not accepted ({Failure}); it is sent as one message", inbound.Id,
                error is ConnectorException refused ? refused.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : error.GetType().Name);
            return null;
        }
    }
}
