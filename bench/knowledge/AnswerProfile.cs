using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Bench.Knowledge;

// CPU time and allocations per question on one thread, every question new, after a warm-up long enough for the
// tiered JIT to settle. Steadier than turns/s on a shared machine: other processes slow it, but do not bill it.
public static class AnswerProfile
{
    public static async Task RunAsync(string corpus, string indexPath, int questions, int warmup)
    {
        var database = new IndexDatabase(indexPath);
        var reader = new IndexReader(database);
        var writer = new IndexWriter(database);
        var options = new KnowledgeOptions { CorpusPath = corpus, IndexPath = indexPath, RescanSeconds = 300 };
        var indexer = new CorpusIndexer(options, reader, writer, NullLogger<CorpusIndexer>.Instance);
        await indexer.SyncAsync(CancellationToken.None);
        var readiness = new KnowledgeReadiness();
        readiness.MarkReady();
        var knowledge = new KnowledgeBase(options, reader, writer, readiness, NullLogger<KnowledgeBase>.Instance);

        var names = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetFileNameWithoutExtension(f).ToUpperInvariant()).Order(StringComparer.Ordinal).ToList();
        string[] templates = ["When did {0} start?", "What is the total budget of {0}?", "Who is the lead partner of {0}?",
            "How many SMEs did {0} support?", "When does {0} end?", "Which sectors does {0} work with?"];
        var all = names.SelectMany((n, i) => templates.Select(t => string.Format(t, n))).ToList();
        new Random(5).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all));

        // Warm-up questions come from the end of the list, so the measured ones are the same in every run.
        var warm = all.Count - 1;
        var warmUntil = Stopwatch.StartNew();
        while (warmUntil.Elapsed.TotalSeconds < warmup) await knowledge.AskAsync(new Question(all[warm--], "en"), CancellationToken.None);
        // BENCH_DUMP=FILE writes each measured question and its answer, to compare two versions of the pipeline.
        var dump = Environment.GetEnvironmentVariable("BENCH_DUMP") is { } dumpPath ? new List<string>() : null;

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var bytes0 = GC.GetTotalAllocatedBytes(precise: false);
        var gc0 = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var found = 0;
        for (var i = 0; i < questions; i++)
        {
            var answer = await knowledge.AskAsync(new Question(all[i], "en"), CancellationToken.None);
            if (answer.Found) found++;
            dump?.Add(all[i] + " => " + string.Concat(answer.Segments.Select(x => x.Text)) + " " + string.Join(",", answer.Citations.Select(c => c.DocumentPath)));
        }
        clock.Stop();
        process.Refresh();
        if (dump is not null) await File.WriteAllLinesAsync(Environment.GetEnvironmentVariable("BENCH_DUMP")!, dump);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / questions;
        var allocated = (GC.GetTotalAllocatedBytes(precise: false) - bytes0) / 1024.0 / questions;
        Console.WriteLine($"answer profile, {questions} new questions after {warmup} s warm-up: {clock.Elapsed.TotalMilliseconds / questions:0.000} ms wall, " +
            $"{cpu:0.000} ms CPU, {allocated:0} KB allocated per question, {GC.CollectionCount(0) - gc0} gen0 GCs; {found} answered; managed heap {heapBefore / 1048576.0:0} -> {heapAfter / 1048576.0:0} MiB, RSS {process.WorkingSet64 / 1048576.0:0} MiB");
    }
}
