using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Bench.Knowledge;

// Index build from scratch, its size on disk, then question latency in-process: the FTS5 query alone and the
// whole answer (analysis, retrieval, sentence scoring, composition).
public static class IndexBenchmark
{
    public static async Task RunAsync(string corpus, string indexPath, IReadOnlyList<GeneratedProject> projects, BenchOptions options)
    {
        var knowledgeOptions = new KnowledgeOptions { CorpusPath = corpus, IndexPath = indexPath, RescanSeconds = 300 };
        var database = new IndexDatabase(indexPath);
        var reader = new IndexReader(database);
        var writer = new IndexWriter(database);
        var indexer = new CorpusIndexer(knowledgeOptions, reader, writer, NullLogger<CorpusIndexer>.Instance);

        var clock = Stopwatch.StartNew();
        var result = await indexer.SyncAsync(CancellationToken.None);
        clock.Stop();
        var buildSeconds = clock.Elapsed.TotalSeconds;
        Checkpoint(database);
        var size = new FileInfo(indexPath).Length;
        Console.WriteLine($"index build: {result.Indexed} documents in {clock.Elapsed.TotalSeconds:0.0} s ({result.Indexed / clock.Elapsed.TotalSeconds:0} docs/s), {result.Failed} failed");
        Console.WriteLine($"index size: {size / 1e6:0.0} MB ({reader.PassageCount()} passages)");

        clock.Restart();
        var again = await indexer.SyncAsync(CancellationToken.None);
        Console.WriteLine($"restart check (nothing changed): {again.Unchanged} reused in {clock.Elapsed.TotalSeconds:0.00} s");

        // The vectors the bot fills in behind the text index, on one thread as it does.
        var embedder = new TextEmbedder();
        var vectors = new VectorIndex();
        var filler = new VectorFiller(reader, writer, embedder, vectors, NullLogger<VectorFiller>.Instance);
        var windows = reader.WindowCount();
        using (var budget = new CancellationTokenSource(options.EmbedSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan))
        {
            clock.Restart();
            try
            {
                await Task.Factory.StartNew(() => filler.FillAsync(budget.Token).GetAwaiter().GetResult(), TaskCreationOptions.LongRunning);
            }
            catch (OperationCanceledException)
            {
                vectors.Reload(reader);
            }
            clock.Stop();
        }
        var done = vectors.Count;
        var perSecond = done / Math.Max(1e-3, clock.Elapsed.TotalSeconds);
        Console.WriteLine(done >= windows
            ? $"passage vectors: {windows} windows embedded in {clock.Elapsed.TotalSeconds:0.0} s ({perSecond:0.0} windows/s, one thread); text index + vectors: {buildSeconds + clock.Elapsed.TotalSeconds:0.0} s"
            : $"passage vectors: {done} of {windows} windows embedded in {clock.Elapsed.TotalSeconds:0.0} s ({perSecond:0.0} windows/s, one thread); all of them would take about {windows / Math.Max(1e-3, perSecond) / 60:0} min");
        Checkpoint(database);
        Console.WriteLine($"index size with vectors: {new FileInfo(indexPath).Length / 1e6:0.0} MB; vectors in memory: {done * (Int8Vector.StoredLength + 20) / 1e6:0.0} MB");
        var probe = embedder.EmbedQuestion("How are small firms helped to sell abroad?");
        var scan = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            vectors.Search(probe, 60);
            scan.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        Console.WriteLine($"vector scan of {done} windows (int8, top 60): {Stats.Summary(scan)}");
        var embed = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            embedder.EmbedQuestion($"Which support does programme {i} give to exporting firms?");
            embed.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        Console.WriteLine($"question embedding (new questions, one thread): {Stats.Summary(embed)}");

        if (projects.Count == 0) { SqliteConnection.ClearAllPools(); return; }
        var readiness = new KnowledgeReadiness();
        readiness.MarkReady();
        var retriever = new Retriever(reader, embedder, vectors);
        var knowledge = new KnowledgeBase(knowledgeOptions, reader, writer, readiness, NullLogger<KnowledgeBase>.Instance, null, retriever);
        var questions = CorpusGenerator.Questions(projects, options.Queries);
        foreach (var warm in questions.Take(50)) await knowledge.AskAsync(new Question(warm, "en"), CancellationToken.None);

        var search = new List<double>();
        var answer = new List<double>();
        var found = 0;
        foreach (var question in questions)
        {
            var t0 = Stopwatch.GetTimestamp();
            retriever.Retrieve(QuestionAnalyzer.Analyze(question, "en"), Audience.Stakeholders);
            search.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);

            t0 = Stopwatch.GetTimestamp();
            var reply = await knowledge.AskAsync(new Question(question, "en"), CancellationToken.None);
            answer.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            if (Environment.GetEnvironmentVariable("BENCH_SLOW") is not null && answer[^1] > 20) Console.WriteLine($"  slow {answer[^1]:0} ms: {question}");
            if (reply.Found) found++;
        }
        Console.WriteLine($"query (analysis + FTS5 bm25 top 30 + passage load), {questions.Count} questions: {Stats.Summary(search)}");
        Console.WriteLine($"answer (full pipeline, in-process), {questions.Count} questions: {Stats.Summary(answer)}; {found} answered, {questions.Count - found} not found");
        SqliteConnection.ClearAllPools();
    }

    private static void Checkpoint(IndexDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }
}
