using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Embeddings;

public sealed record FillResult(int Embedded, int Searchable, TimeSpan Elapsed);

// Gives every passage window of the index its vector: windows whose text already has one (unchanged documents, a
// restart, the same text elsewhere) cost nothing; the others are embedded and stored in small batches, and each
// batch is searchable at once. Questions come first: each window waits for a quiet moment in the answers' traffic.
public sealed class VectorFiller(IndexReader reader, IndexWriter writer, TextEmbedder embedder, VectorIndex vectors, ILogger<VectorFiller> logger,
    AnswerTraffic? traffic = null)
{
    private const int BatchSize = 32;
    private readonly SemaphoreSlim running = new(1, 1);
    private bool loaded;

    public async Task<FillResult> FillAsync(CancellationToken cancellationToken)
    {
        await running.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            if (!loaded) { vectors.Reload(reader); loaded = true; }
            var embedded = 0;
            long after = 0;
            while (true)
            {
                var missing = reader.WindowsWithoutVectors(after, BatchSize);
                if (missing.Count == 0) break;
                after = missing[^1].Id;
                var batch = await EmbedAsync(missing, cancellationToken);
                await writer.WriteVectorsAsync(batch.Select(b => (b.Hash, b.Vector)).ToList(), cancellationToken);
                vectors.Append(batch.Select(b => (b.PassageId, b.First, b.Count, b.Vector)).ToList());
                embedded += batch.Count;
            }
            if (embedded > 0)
            {
                await writer.RemoveUnusedVectorsAsync(cancellationToken);
                vectors.Reload(reader);
                logger.LogInformation("Passage vectors: {Embedded} windows embedded in {Seconds:0.0} s, {Searchable} searchable", embedded, clock.Elapsed.TotalSeconds, vectors.Count);
            }
            return new FillResult(embedded, vectors.Count, clock.Elapsed);
        }
        finally
        {
            running.Release();
        }
    }

    private async Task<List<(long PassageId, int First, int Count, byte[] Hash, byte[] Vector)>> EmbedAsync(IReadOnlyList<MissingWindow> missing, CancellationToken cancellationToken)
    {
        var batch = new List<(long, int, int, byte[], byte[])>(missing.Count);
        // Windows of one passage come together: its text is cut into windows once.
        foreach (var passage in missing.GroupBy(m => m.PassageId))
        {
            var first = passage.First();
            var windows = PassageWindows.Of(first.Title, first.Heading, Passage.ParseBody(first.Body));
            foreach (var window in passage)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (traffic is not null) await traffic.WaitForQuietAsync(cancellationToken);
                // Rebuilt exactly as when the passage was written; its text is found by position, stored by the hash it was written with.
                var text = windows.FirstOrDefault(w => w.First == window.First)?.Text ?? "";
                var vector = Int8Vector.Encode(embedder.EmbedPassage(text, cancellationToken));
                batch.Add((window.PassageId, window.First, window.Count, window.Hash, vector));
            }
        }
        return batch;
    }
}
