using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Models;

// What the model wrote so far (Draft: the text with its [n] markers left out, growing), then once what became of it.
public abstract record ModelAnswerEvent
{
    public sealed record Draft(string Text) : ModelAnswerEvent;

    // Segments/Citations: the checked answer; empty: the sources do not hold it; Failed: use the extractive answer.
    public sealed record Completed(IReadOnlyList<AnswerSegment> Segments, IReadOnlyList<Citation> Citations, bool Failed, UsageDetails? Usage)
        : ModelAnswerEvent;
}

// Writes the answer with the chat model from the best passages, fenced as data, in the asker's language, as it comes:
// drafts while the model writes, then the answer whose [n] markers the passages back. Any failure (errors, time-outs,
// a stream cut off, an answer with no supported marker) ends with Failed, so the extractive answer is used; only the
// caller's own cancellation ends it otherwise.
public sealed partial class ModelAnswerer(IChatClient chat, TimeSpan timeout, ILogger<ModelAnswerer> logger)
{
    public const string NotInSources = "NOT_IN_SOURCES";
    public const int MaxSources = 5;

    // Drafts start once the text cannot be the not-in-sources reply any more.
    private const int FirstDraftLength = 24;

    private static readonly ChatOptions Settings = new() { Temperature = 0.1f, MaxOutputTokens = 500 };

    // standalone: the question as rewritten for the search (a follow-up made whole), when it was.
    public async IAsyncEnumerable<ModelAnswerEvent> AnswerAsync(string question, string? standalone, string language, IReadOnlyList<PassageHit> sources,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fence = "SRC-" + Guid.NewGuid().ToString("N")[..12];
        ChatMessage[] messages = [new(ChatRole.System, Prompts.System(language)), new(ChatRole.User, Prompts.User(question, sources, fence, standalone))];
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var text = new StringBuilder();
        var usage = new UsageDetails();
        var shown = "";
        string? failure = null;
        await using (var updates = chat.GetStreamingResponseAsync(messages, Settings, limit.Token).GetAsyncEnumerator(limit.Token))
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync()) break;
                }
                // Whatever the endpoint does (errors, time-outs, dropped connections, bodies that are not a stream), the
                // user still gets the extractive answer; only the caller's own cancellation ends the turn.
                catch (Exception error) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = limit.IsCancellationRequested ? $"no answer within {timeout.TotalSeconds:0.#} s" : error.GetType().Name + ": " + error.Message;
                    break;
                }
                foreach (var content in updates.Current.Contents.OfType<UsageContent>()) usage.Add(content.Details);
                text.Append(updates.Current.Text);
                var draft = Draft(text.ToString());
                // Each draft continues the one before (Teams refuses a stream update that does not).
                if (draft.Length <= shown.Length || !draft.StartsWith(shown, StringComparison.Ordinal)) continue;
                shown = draft;
                yield return new ModelAnswerEvent.Draft(draft);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var written = text.ToString().Trim();
        if (failure is null && written.Length == 0) failure = "no text";
        if (failure is not null)
        {
            logger.LogWarning("The chat model did not answer ({Failure}); answering from the passages instead", failure);
            yield return new ModelAnswerEvent.Completed([], [], true, usage);
            yield break;
        }
        if (written.Contains(NotInSources, StringComparison.Ordinal))
        {
            yield return new ModelAnswerEvent.Completed([], [], false, usage);
            yield break;
        }
        if (MarkerCheck.Build(written, sources, language) is { } checkedAnswer)
        {
            yield return new ModelAnswerEvent.Completed(checkedAnswer.Segments, checkedAnswer.Citations, false, usage);
            yield break;
        }
        logger.LogWarning("The chat model's answer cited none of its sources in a way they back; answering from the passages instead");
        yield return new ModelAnswerEvent.Completed([], [], true, usage);
    }

    // The text as the user may already see it: no [n] markers (they are numbered again once the answer is checked), no
    // marker still being written, and nothing until it can no longer turn into the not-in-sources reply.
    private static string Draft(string text)
    {
        if (text.Length < FirstDraftLength || NotInSources.StartsWith(text.TrimStart()[..Math.Min(text.TrimStart().Length, NotInSources.Length)], StringComparison.Ordinal))
            return "";
        var cut = text.LastIndexOf('[');
        if (cut >= 0 && text.IndexOf(']', cut) < 0) text = text[..cut];
        return Markers().Replace(text, "").TrimEnd();
    }

    [GeneratedRegex(@"\s*\[\d{1,2}\](\s*,?\s*\[\d{1,2}\])*")]
    private static partial Regex Markers();
}
