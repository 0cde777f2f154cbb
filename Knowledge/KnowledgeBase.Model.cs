using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Models;

namespace StakeholderBot.Knowledge;

// With a model: the question (with the ones before it) is rewritten into standalone queries in the documents'
// languages, each searched by BM25, the local vectors and the embedding deployment's, fused; the model writes the
// answer from the best passages in the asker's language, shown as it writes; its [n] markers are checked against
// the passages. Any failure of the model falls back to the extractive answer over the same passages.
public sealed partial class KnowledgeBase
{
    private const int ModelSources = ModelAnswerer.MaxSources;

    private async IAsyncEnumerable<AnswerProgress> AskModelAsync(Question question, string text, AnalyzedQuestion analyzed, IReadOnlyList<string> previous,
        bool cacheable, long version, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var language = analyzed.Language;
        if (await model.Limit.TryTakeAsync(question.Asker ?? "", cancellationToken) is { } wait)
        {
            logger.LogWarning("A user reached OpenAI:UserQuestionsPerHour; they may ask the model again in {Minutes:0} minute(s)", Math.Ceiling(wait.TotalMinutes));
            yield return new AnswerProgress.Done(Answer.NotFound(text, language) with { RetryAfter = wait });
            yield break;
        }
        var clock = Stopwatch.StartNew();
        var usage = new ModelUsage();
        var rewriting = await model.Rewriter.RewriteAsync(text, language, previous, model.Languages.SearchLanguages(language), cancellationToken);
        usage.Add("rewrite", rewriting.Usage);

        // Each query searched on its own and its units scored as for the extractive answer; the model gets the passages
        // holding the best units of all queries.
        var hidden = reader.HiddenPassages(question.Reader);
        var preferred = new HashSet<string>(analyzed.IsFollowUp ? question.PreviousDocuments ?? [] : [], StringComparer.Ordinal);
        var scored = new List<ScoredUnit>();
        foreach (var query in rewriting.Queries)
        {
            var searched = QuestionAnalyzer.Analyze(query.Text, query.Language);
            // Not rewritten: a follow-up is read with the questions before it, as without a model.
            if (!rewriting.Rewritten && analyzed.IsFollowUp && previous.Count > 0) searched = FollowUp.Merge(searched, previous);
            var deployment = await model.SearchAsync(query.Text, hidden, logger, cancellationToken);
            usage.Add("embed", deployment?.Usage);
            var retrieval = retriever.Fuse(searched, question.Reader, query.Text, deployment?.Windows);
            var units = UnitScorer.Score(searched, Weigh(searched), retrieval.Passages, preferred, analyses);
            scored.AddRange(units);
        }
        var sources = SourceSelection.Best(scored, ModelSources);
        var subject = rewriting.Rewritten ? rewriting.Queries[0].Text : string.Join('\n', previous.Prepend(text));

        Answer? answer = null;
        var failed = sources.Count == 0;
        if (sources.Count > 0)
        {
            var standalone = rewriting.Rewritten ? rewriting.Queries[0].Text : null;
            await foreach (var written in model.Answerer.AnswerAsync(text, standalone, language, sources, cancellationToken))
            {
                if (written is ModelAnswerEvent.Draft draft)
                {
                    yield return new AnswerProgress.Draft(draft.Text);
                    continue;
                }
                var result = (ModelAnswerEvent.Completed)written;
                usage.Add("answer", result.Usage);
                failed = result.Failed;
                if (!failed) answer = result.Segments.Count == 0 ? Answer.NotFound(subject, language) : new Answer(result.Segments, result.Citations, true, subject, language);
            }
        }
        // Nothing to give the model, or the model failed: the answer the bot gives without a model, not cached, so the
        // model is asked again next time.
        if (answer is null) answer = FromDocuments(question, text, analyzed, analyzed.IsFollowUp ? previous : []);
        else if (cacheable) answers.Add(text, question.Language, question.Reader, version, answer);
        logger.LogInformation("Question answered {How} in {Ms:0} ms from {Sources} passages ({Queries} queries, {Languages}); tokens {Tokens}",
            answer.AiGenerated ? "by the model" : failed && sources.Count > 0 ? "from the passages (model failed)" : answer.Found ? "from the passages" : "as not found",
            clock.Elapsed.TotalMilliseconds, sources.Count, rewriting.Queries.Count, string.Join("+", rewriting.Queries.Select(q => q.Language)), usage);
        yield return new AnswerProgress.Done(answer);
    }
}
