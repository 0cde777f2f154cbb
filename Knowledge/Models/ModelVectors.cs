using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Models;

public sealed record ModelFillResult(int Embedded, int Requests, int Throttled, int Searchable, TimeSpan Elapsed);

// The passage windows' vectors from the embedding deployment: filled in behind the text index (only windows whose text
// has none yet), searched by the question's vector at ask time. Requests go one at a time, BatchSize windows each; a
// 429 is waited out for as long as the service says (Retry-After) before the same batch is sent again, so indexing
// never competes with itself for the deployment's quota, and answers go on from the other signals meanwhile.
public sealed class ModelVectors(ModelVectorStore store, IEmbeddingGenerator<string, Embedding<float>> generator, TimeProvider time,
    ILogger<ModelVectors> logger, int batchSize = ModelVectors.DefaultBatchSize)
{
    public const int DefaultBatchSize = 64;
    private const int MaxQueryLength = 2000;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim running = new(1, 1);
    private readonly GenerationalCache<string, float[]> questions = new(2_000, StringComparer.Ordinal);
    private VectorIndex? index;
    private bool loaded;

    public string Model => store.Model;

    public bool CanSearch => index is { IsEmpty: false };

    public async Task<ModelFillResult> FillAsync(CancellationToken cancellationToken)
    {
        await running.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            if (!loaded) { Load(); loaded = true; }
            var (embedded, requests, throttled) = (0, 0, 0);
            long after = 0;
            while (true)
            {
                var missing = store.Missing(after, batchSize);
                if (missing.Count == 0) break;
                var texts = TextsOf(missing);
                GeneratedEmbeddings<Embedding<float>> vectors;
                for (var wait = FirstBackoff; ; wait = wait * 2 < LongestBackoff ? wait * 2 : LongestBackoff)
                {
                    requests++;
                    try
                    {
                        vectors = await generator.GenerateAsync(texts, cancellationToken: cancellationToken);
                        break;
                    }
                    catch (ModelThrottledException error)
                    {
                        throttled++;
                        var delay = error.RetryAfter ?? wait;
                        logger.LogInformation("Embedding deployment {Model} is throttling (429); the next {Count} windows are sent again in {Seconds:0.#} s",
                            store.Model, texts.Count, delay.TotalSeconds);
                        await Task.Delay(delay, time, cancellationToken);
                    }
                }
                if (vectors.Count != missing.Count) throw new InvalidOperationException($"{store.Model} returned {vectors.Count} vectors for {missing.Count} texts.");
                var stored = missing.Select((w, i) => (w, Vector: Int8Vector.Encode(vectors[i].Vector.Span))).ToList();
                store.Write(stored.Select(s => (s.w.Hash, s.Vector)).ToList());
                IndexOf(vectors[0].Vector.Length).Append(stored.Select(s => (s.w.PassageId, s.w.First, s.w.Count, s.Vector)).ToList());
                after = missing[^1].Id;
                embedded += missing.Count;
            }
            if (embedded > 0)
            {
                store.RemoveUnused();
                Load();
                logger.LogInformation("Embedding deployment {Model}: {Embedded} windows embedded in {Seconds:0.0} s ({Requests} requests, {Throttled} throttled), {Searchable} searchable",
                    store.Model, embedded, clock.Elapsed.TotalSeconds, requests, throttled, index?.Count ?? 0);
            }
            return new ModelFillResult(embedded, requests, throttled, index?.Count ?? 0, clock.Elapsed);
        }
        finally
        {
            running.Release();
        }
    }

    // The windows closest to the text by the deployment's vectors, best first, without those of hidden passages. The
    // text's vector is asked for once (cached) and within the caller's time; null when it cannot be had.
    public async Task<(List<WindowMatch> Windows, UsageDetails? Usage)?> SearchAsync(string text, int limit, IReadOnlySet<long> hidden, CancellationToken cancellationToken)
    {
        if (index is not { IsEmpty: false } searched) return null;
        var query = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (query.Length > MaxQueryLength) query = query[..MaxQueryLength];
        UsageDetails? usage = null;
        if (!questions.TryGet(query, out var vector))
        {
            var generated = await generator.GenerateAsync([query], cancellationToken: cancellationToken);
            vector = generated[0].Vector.ToArray();
            usage = generated.Usage;
            questions.Add(query, vector);
        }
        if (vector.Length != searched.Dimensions) return null;
        return (searched.Search(vector, limit, hidden), usage);
    }

    private void Load()
    {
        if (store.StoredLength() is not { } length) return;
        var loading = new VectorIndex(length - sizeof(float));
        loading.Reload(store.Read);
        index = loading;
    }

    private VectorIndex IndexOf(int dimensions)
    {
        if (index is { } known && known.Dimensions == dimensions) return known;
        return index = new VectorIndex(dimensions);
    }

    // The text of each window, put together exactly as when its passage was written (so its hash matches).
    private static List<string> TextsOf(IReadOnlyList<MissingWindow> missing)
    {
        var byPassage = new Dictionary<long, List<PassageWindow>>();
        return missing.Select(w =>
        {
            if (!byPassage.TryGetValue(w.PassageId, out var windows))
                byPassage[w.PassageId] = windows = PassageWindows.Of(w.Title, w.Heading, Passage.ParseBody(w.Body));
            return windows.FirstOrDefault(x => x.First == w.First)?.Text is { Length: > 0 } text ? text : w.Title is { Length: > 0 } title ? title : "-";
        }).ToList();
    }
}
