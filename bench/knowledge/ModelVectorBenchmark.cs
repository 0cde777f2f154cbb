using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Models;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bench.Knowledge;

// --model-vectors [--docs N] [--latency-ms MS]: the embedding deployment's vectors for a generated corpus, filled in
// behind the index as the bot does it (batches of 64, one request at a time), against the local Azure OpenAI stub
// answering each request after a simulated latency. Reports windows per second, then a second pass over the unchanged
// corpus (nothing to embed).
public static class ModelVectorBenchmark
{
    public static async Task RunAsync(int documents, TimeSpan latency)
    {
        var work = Directory.CreateTempSubdirectory("sb-model-vectors-").FullName;
        try
        {
            var corpus = Path.Combine(work, "corpus");
            CorpusGenerator.Generate(corpus, documents);
            var options = new KnowledgeOptions { CorpusPath = corpus, IndexPath = Path.Combine(work, "index.db"), RescanSeconds = 300 };
            var database = new IndexDatabase(options.IndexPath);
            var reader = new IndexReader(database);
            await new CorpusIndexer(options, reader, new IndexWriter(database), NullLogger<CorpusIndexer>.Instance).SyncAsync(CancellationToken.None);

            await using var service = await ModelService.StartAsync(ModelApi.Azure, "chat", "embedding");
            service.EmbeddingLatency = latency;
            var model = new ModelOptions { Endpoint = new Uri(service.Endpoint), ChatModel = "chat", EmbeddingModel = "embedding", ApiKey = service.Key };
            var path = ModelPath.Create(ModelClients.Create(model), model, database, reader, TimeProvider.System, NullLoggerFactory.Instance);
            Console.WriteLine($"Embedding deployment vectors: {documents} documents, stub latency {latency.TotalMilliseconds:0} ms per request, {Environment.ProcessorCount} cores");
            var clock = Stopwatch.StartNew();
            var first = await path.Vectors!.FillAsync(CancellationToken.None);
            Console.WriteLine($"first pass: {first.Embedded} windows in {first.Requests} requests, {clock.Elapsed.TotalSeconds:0.0} s, " +
                $"{first.Embedded / clock.Elapsed.TotalSeconds:0} windows/s (latency alone: {first.Requests * latency.TotalSeconds:0.0} s)");
            clock.Restart();
            var again = await path.Vectors.FillAsync(CancellationToken.None);
            Console.WriteLine($"unchanged corpus: {again.Embedded} windows in {again.Requests} requests, {clock.Elapsed.TotalMilliseconds:0} ms");
            if (service.Problems.TryPeek(out var problem)) Console.WriteLine("stub found a problem: " + problem);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }
}
