using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Help;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Feedback;

namespace StakeholderBot.Dialogs.Ask;

// Questions about the projects: answered from the documents the asker may read, with [n] citations whose signed
// links open them for that reader, and feedback buttons; read with the previous question's subject when they follow
// up on it; feedback is stored for review. Small talk ("hi", "thanks!", "what can you do?") gets a short reply in the
// language it was written in and the help card, never a search of the documents.
public sealed class AskFlow(KnowledgeBase knowledge, AskMemory memory, AnswerFeedbackStore feedbackStore, AccessPolicy access, SignedLinks links,
    Pseudonyms pseudonyms, TimeProvider time, ILogger<AskFlow> logger)
{
    private const int MaxQuestion = 1000;
    private const int MaxComment = 2000;

    public async Task<TurnResult> AnswerAsync(Turn turn, CancellationToken cancellationToken)
    {
        var texts = AskTexts.For(turn.Language);
        var question = turn.Text.Trim();
        if (question.Length == 0) return TurnResult.SayText(texts.AskSomething);
        if (question.Length > MaxQuestion) question = question[..MaxQuestion];
        var courtesy = Courtesy.Read(question, turn.Language);
        if (courtesy.IsSmallTalk) return SmallTalk(courtesy, turn);
        if (!knowledge.IsReady) return TurnResult.SayText(texts.NotReady);

        var previous = await memory.GetAsync(turn.Conversation.Id, cancellationToken);
        var reader = access.ReaderOf(turn);
        var asked = new Question(question, turn.Language, previous.Subject, previous.Documents, reader) { Asker = pseudonyms.Of(turn.User) };
        // A model's answer takes seconds to write: it is shown as it is written where the client can show that.
        if (knowledge.WritesAnswers) return TurnResult.Stream(new StreamedReply(texts.Searching, StreamAsync(turn, asked, previous)));
        var started = time.GetTimestamp();
        var answer = await knowledge.AskAsync(asked, cancellationToken);
        return TurnResult.Say(Finish(turn, asked, previous, answer, started));
    }

    private async IAsyncEnumerable<ReplyUpdate> StreamAsync(Turn turn, Question asked, AskState previous,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        Answer? answer = null;
        await foreach (var progress in knowledge.AskStreamingAsync(asked, cancellationToken))
        {
            if (progress is AnswerProgress.Draft draft) yield return new ReplyUpdate.Draft(Markdown.Escape(draft.Text));
            else answer = ((AnswerProgress.Done)progress).Answer;
        }
        yield return new ReplyUpdate.Final(Finish(turn, asked, previous, answer!, started));
    }

    // The answer as the user sees it, remembered for a follow-up. With a model the bot replies in the language the
    // question was written in; without, in the language of the user's Teams. started: when the question went in.
    private Reply Finish(Turn turn, Question asked, AskState previous, Answer answer, long started)
    {
        Measure(answer, time.GetElapsedTime(started));
        var texts = AskTexts.For(knowledge.WritesAnswers ? answer.Language : turn.Language);
        if (answer.RetryAfter is { } wait) return Reply.FromText(texts.BusyFor(wait));
        var text = answer.Found ? Render(answer) : texts.NotFound;
        // Asked in Polish, answered from English documents: say so in the reader's language before the English quote (the
        // question's own language, unless the reader's Teams is set to another one than English).
        if (answer.Found && !answer.AiGenerated && answer.SourceLanguage == "en" && answer.Language != "en")
            text = AskTexts.For(turn.Language is "en" ? answer.Language : turn.Language).FromEnglishDocuments + "\n\n" + text;
        var sources = answer.Citations.Select(c => new CitedSource(c.Position, c.Title, c.DocumentPath)).ToList();
        var recent = new RecentAnswer(turn.ActivityId, asked.Text, text, sources, answer.AiGenerated, answer.Language, time.GetUtcNow());
        // A personal chat's memory is its one user's questions; a group chat's is shared and belongs to no one person.
        var owner = turn.Conversation.Kind == ConversationKind.Personal ? pseudonyms.Of(turn.User) : null;
        memory.Remember(turn.Conversation.Id, previous.With(recent, answer.Subject, answer.Documents), turn.ActivityId, owner);

        return answer.Found
            ? new Reply(text, Citations: answer.Citations.Select(c => c with { Url = LinkTo(c, asked.Reader) }).ToList(),
                AiGenerated: answer.AiGenerated, FeedbackButtons: true)
            : new Reply(text, FeedbackButtons: true);
    }

    // busy: the model asked to wait (Retry-After); refused: no source, no answer.
    private static void Measure(Answer answer, TimeSpan took)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", answer.RetryAfter is not null ? "busy" : answer.Found ? "answered" : "refused");
        var cached = new KeyValuePair<string, object?>("cached", answer.FromCache);
        BotTelemetry.Answers.Add(1, outcome, cached);
        BotTelemetry.AnswerDuration.Record(took.TotalSeconds, outcome, cached);
    }

    // A PDF viewer opens the page named in the fragment; the fragment stays outside the signed part of the link.
    private string LinkTo(Citation citation, Audience reader) =>
        links.Document(citation.DocumentPath, reader).AbsoluteUri + (citation.Page > 0 ? $"#page={citation.Page}" : "");

    // Teams expects an empty invoke response whatever happens; a reaction that cannot be stored is logged.
    public async Task<TurnResult> OnFeedbackAsync(Turn turn, CancellationToken cancellationToken)
    {
        var empty = TurnResult.Answer(new InvokeReply.Empty());
        if (turn.Feedback is not { } input) return empty;
        var reaction = input.Reaction.Trim().ToLowerInvariant();
        if (reaction is not ("like" or "dislike"))
        {
            logger.LogWarning("Feedback with unknown reaction '{Reaction}' ignored", reaction.Length > 20 ? reaction[..20] : reaction);
            return empty;
        }

        var state = await memory.GetAsync(turn.Conversation.Id, cancellationToken);
        // Our reply ids are not known here (Teams assigns them), so the feedback goes with the answer it replies
        // to when that can be told, and otherwise with the latest answer in the conversation.
        var answered = state.Recent.LastOrDefault(r => r.QuestionActivityId == input.ReplyToId) ?? state.Recent.LastOrDefault();
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim()[..Math.Min(input.Comment.Trim().Length, MaxComment)];
        var feedback = new AnswerFeedback(turn.Conversation.Id, reaction, comment, answered?.Question ?? "", answered?.Answer ?? "",
            answered?.Sources.Select(s => new FeedbackSource(s.Position, s.Title, s.DocumentPath)).ToList() ?? [],
            answered?.AiGenerated ?? false, answered?.Language ?? turn.Language, input.ReplyToId, time.GetUtcNow(), pseudonyms.Of(turn.User));
        try
        {
            await feedbackStore.AddAsync(feedback, cancellationToken);
        }
        catch (StoreException error)
        {
            logger.LogError(error, "Answer feedback ({Reaction}) could not be stored", reaction);
        }
        return empty;
    }

    private TurnResult SmallTalk(CourtesyReading courtesy, Turn turn)
    {
        var language = courtesy.Language ?? turn.Language;
        var help = HelpCard.Build(HelpTexts.For(language), access.IsProjectManager(turn.User));
        return TurnResult.Say(Reply.FromCard(help, AskTexts.For(language).ReplyTo(courtesy.SmallTalk)));
    }

    // Quotes are document text, escaped so they never format; the [n] markers stay plain for Teams' citations.
    private static string Render(Answer answer)
    {
        var text = new StringBuilder();
        foreach (var segment in answer.Segments)
        {
            text.Append(Markdown.Escape(segment.Text));
            foreach (var position in segment.Citations) text.Append(" [").Append(position).Append(']');
        }
        return text.ToString().Trim();
    }
}
