using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Models;

// The model's parts as answering uses them: rewriting the question, searching the deployment's vectors, writing the
// answer, and the per-user limit. Null parts are not configured (no model, or no embedding deployment).
public sealed class ModelPath(
    QueryRewriter? rewriter, ModelAnswerer? answerer, ModelVectors? vectors, IUserQuestionLimit? limit, LibraryLanguages? languages,
    TimeSpan searchBudget)
{
    public static ModelPath None { get; } = new(null, null, null, null, null, TimeSpan.Zero);

    public bool IsConfigured => answerer is not null;

    public QueryRewriter Rewriter => rewriter!;
    public ModelAnswerer Answerer => answerer!;
    public IUserQuestionLimit Limit => limit!;
    public LibraryLanguages Languages => languages!;
    public ModelVectors? Vectors => vectors;

    // The windows the deployment's vectors find closest to the query, within a few seconds; null when there are none
    // yet or the service does not answer in time (the other signals rank alone then).
    public async Task<(IReadOnlyList<WindowMatch> Windows, UsageDetails? Usage)?> SearchAsync(string query, IReadOnlySet<long> hidden,
        ILogger logger, CancellationToken cancellationToken)
    {
        if (vectors is not { CanSearch: true }) return null;
        using var limitTime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limitTime.CancelAfter(searchBudget);
        try
        {
            return await vectors.SearchAsync(query, Answering.Retriever.WindowHits, hidden, limitTime.Token) is { } found ? (found.Windows, found.Usage) : null;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Embedding the question with {Model} failed ({Failure}); ranking without its vectors", vectors.Model,
                limitTime.IsCancellationRequested ? $"no reply within {searchBudget.TotalSeconds:0.#} s" : error.GetType().Name);
            return null;
        }
    }

    // Rewriting and the question's vector each get a few seconds at most, so the answer itself keeps most of the turn.
    private static readonly TimeSpan StepBudget = TimeSpan.FromSeconds(5);

    // limit: the host's count of questions per user, when it has one; otherwise they are counted in this process.
    public static ModelPath Create(ModelClients clients, ModelOptions options, IndexDatabase database, IndexReader reader, TimeProvider time,
        ILoggerFactory loggers, IUserQuestionLimit? limit = null)
    {
        if (clients.Chat is not { } chat) return None;
        var step = options.Timeout < StepBudget ? options.Timeout : StepBudget;
        var vectors = clients.Embeddings is { } embeddings
            ? new ModelVectors(new ModelVectorStore(database, reader, clients.EmbeddingModel), embeddings, time, loggers.CreateLogger<ModelVectors>())
            : null;
        return new ModelPath(new QueryRewriter(chat, step, loggers.CreateLogger<QueryRewriter>()), new ModelAnswerer(chat, options.Timeout, loggers.CreateLogger<ModelAnswerer>()),
            vectors, limit ?? new UserQuestionLimit(options.UserQuestionsPerHour), new LibraryLanguages(database), step);
    }
}
