using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Bench.Knowledge;

// A corpus indexed with its passage vectors, as the measurements over question sets need it. The index is kept under
// /tmp per corpus, so a second run starts at once.
public sealed record IndexedCorpus(KnowledgeOptions Options, IndexReader Reader, IndexWriter Writer, TextEmbedder Embedder, VectorIndex Vectors)
{
    public static async Task<IndexedCorpus> OpenAsync(string corpus)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(corpus))))[..10];
        var indexPath = Path.Combine(Path.GetTempPath(), "sb-answers-" + key, "index.db");
        var options = new KnowledgeOptions { CorpusPath = corpus, IndexPath = indexPath, RescanSeconds = 300 };
        var database = new IndexDatabase(indexPath);
        var reader = new IndexReader(database);
        var writer = new IndexWriter(database);
        await new CorpusIndexer(options, reader, writer, NullLogger<CorpusIndexer>.Instance).SyncAsync(CancellationToken.None);
        var embedder = new TextEmbedder();
        var vectors = new VectorIndex();
        var fill = await new VectorFiller(reader, writer, embedder, vectors, NullLogger<VectorFiller>.Instance).FillAsync(CancellationToken.None);
        Console.WriteLine($"{corpus}: {reader.PassageCount()} passages, {vectors.Count} windows ({fill.Embedded} embedded now in {fill.Elapsed.TotalSeconds:0.0} s)");
        return new IndexedCorpus(options, reader, writer, embedder, vectors);
    }
}
