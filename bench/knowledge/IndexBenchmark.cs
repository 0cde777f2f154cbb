using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Bench.Knowledge;

// Index build from scratch, its size on disk, then question latency in-process: the FTS5 query alone and the
// whole answer (analysis, retrieval, sentence scoring, composition).
public static class IndexBenchmark
{
    public static async Task RunAsync(string corpus, string indexPath, IReadOnlyList<GeneratedProject> projects, BenchOptions options)
    {
        var knowledgeOptions = new KnowledgeOptions(corpus, indexPath, TimeSpan.FromMinutes(5), null);
        var database = new IndexDatabase(indexPath);
        var reader = new IndexReader(database);
        var writer = new IndexWriter(database);
        var indexer = new CorpusIndexer(knowledgeOptions, reader, writer, NullLogger<CorpusIndexer>.Instance);

        var clock = Stopwatch.StartNew();
        var result = await indexer.SyncAsync(CancellationToken.None);
        clock.Stop();
        Checkpoint(database);
        var size = new FileInfo(indexPath).Length;
        Console.WriteLine($"index build: {result.Indexed} documents in {clock.Elapsed.TotalSeconds:0.0} s ({result.Indexed / clock.Elapsed.TotalSeconds:0} docs/s), {result.Failed} failed");
        Console.WriteLine($"index size: {size / 1e6:0.0} MB ({reader.PassageCount()} passages)");

        clock.Restart();
        var again = await indexer.SyncAsync(CancellationToken.None);
        Console.WriteLine($"restart check (nothing changed): {again.Unchanged} reused in {clock.Elapsed.TotalSeconds:0.00} s");

        var readiness = new KnowledgeReadiness();
        readiness.MarkReady();
        var knowledge = new KnowledgeBase(knowledgeOptions, reader, writer, readiness, NullLogger<KnowledgeBase>.Instance);
        var questions = CorpusGenerator.Questions(projects, options.Queries);
        foreach (var warm in questions.Take(50)) await knowledge.AskAsync(new Question(warm, "en"), CancellationToken.None);

        var retriever = new Retriever(reader);
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
