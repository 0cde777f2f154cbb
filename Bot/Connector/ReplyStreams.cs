using System.Threading.Channels;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Bot.Routing;
using StakeholderBot.Dialogs;

namespace StakeholderBot.Bot.Connector;

// Streams a reply into a Teams personal chat as it is written (Teams' streaming protocol): an informative update
// first, whose id becomes the stream's id, then typing activities with the text so far at a steady pace, then the
// final message with the citations and labels. It runs after the turn's request has been answered (a model's answer
// may take longer than Azure Bot Service waits for it; a stream may run for two minutes), in its place in the
// outbox's queue for the conversation, so replies stay in order. A stream that fails midway still ends with a final
// message (the flow's fallback answer, or an apology); one the user stops with Teams' Stop button ends there.
public sealed class ReplyStreams(ReplyOutbox outbox, ReplyBuilder builder, TimeProvider time, ILogger<ReplyStreams> logger)
{
    // Teams asks for one update at a time at a steady pace, buffering the model's tokens for 1.5 to 2 seconds.
    public static readonly TimeSpan UpdateInterval = TimeSpan.FromSeconds(1.5);

    // Teams ends a stream after two minutes; the model's own time-out (OpenAI:TimeoutSeconds) ends it well before.
    private static readonly TimeSpan StreamLimit = TimeSpan.FromSeconds(110);

    private delegate Task<string?> Send(Activity activity, CancellationToken cancellationToken);

    // Streaming is for Teams personal chats; elsewhere (group chats, channels, other channels, expectReplies) the
    // reply goes as one message.
    public static bool CanStream(Activity inbound) =>
        inbound.ChannelId == "msteams" && inbound.Conversation is { ConversationType: "personal", Id.Length: > 0 }
        && !string.Equals(inbound.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase)
        && inbound.ServiceUrl is { Length: > 0 };

    // The reply alone, for where it is not streamed: the drafts are passed over. A failure becomes the apology.
    public static async Task<Reply> FinalAsync(StreamedReply reply, ILogger logger, CancellationToken cancellationToken)
    {
        Reply? final = null;
        try
        {
            await foreach (var update in reply.Updates.WithCancellation(cancellationToken))
                if (update is ReplyUpdate.Final done) final = done.Reply;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(error, "Writing a reply failed");
        }
        return final ?? Reply.FromText(TurnProcessor.Apology);
    }

    public void Start(Activity inbound, StreamedReply reply)
    {
        var first = builder.StreamUpdate(inbound, reply.Progress, StreamTypes.Informative, 1, null);
        // A full or stopping outbox logs the reply as lost.
        outbox.TryStream(inbound.ServiceUrl!, inbound.Conversation!.Id!, first,
            (send, stopping) => StreamAsync(inbound, reply, first, (activity, token) => send(activity, token), stopping));
    }

    private async Task<Activity?> StreamAsync(Activity inbound, StreamedReply reply, Activity first, Send send, CancellationToken stopping)
    {
        using var writing = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        writing.CancelAfter(StreamLimit);
        string? streamId = null;
        try
        {
            streamId = await send(first, writing.Token);
        }
        catch (Exception error) when (error is ConnectorException or HttpRequestException or OperationCanceledException or UntrustedServiceUrlException)
        {
            logger.LogInformation("Streaming the reply to {ActivityId} was not accepted ({Failure}); it is sent as one message", inbound.Id,
                error is ConnectorException refused ? refused.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : error.GetType().Name);
        }
        // No stream id (refused, or a connector that does not stream): one message, after the whole answer is written.
        if (streamId is null) return builder.Build(inbound, await FinalAsync(reply, logger, writing.Token));
        var final = await UpdateAsync(inbound, reply, streamId, send, writing);
        return final is null ? null : builder.Build(inbound, final, streamId);
    }

    // Sends the drafts as they come, at Teams' pace, then returns the final reply; null when the user stopped the stream.
    private async Task<Reply?> UpdateAsync(Activity inbound, StreamedReply reply, string streamId, Send send, CancellationTokenSource writing)
    {
        var drafts = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var writer = Task.Run(() => WriteAsync(reply, drafts.Writer, writing.Token));
        var sequence = 1;
        var shown = "";
        var next = time.GetUtcNow() + UpdateInterval;
        var stopped = false;
        await foreach (var draft in drafts.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (stopped || draft == shown) continue;
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try { await Task.Delay(wait, time, writing.Token); }
                catch (OperationCanceledException) { continue; }
            }
            // A newer draft came while waiting: that one goes instead.
            var latest = drafts.Reader.TryRead(out var newer) ? newer : draft;
            try
            {
                await send(builder.StreamUpdate(inbound, latest, StreamTypes.Streaming, ++sequence, streamId), writing.Token);
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
}
