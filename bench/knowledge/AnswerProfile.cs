using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Bench.Knowledge;

// CPU time and allocations per question on one thread, every question new, after a warm-up long enough for the
// tiered JIT to settle. Steadier than turns/s on a shared machine: other processes slow it, but do not bill it.
// meaning: answered as the bot answers, with the local model and the passage vectors the index holds (embedSeconds
// more filled in first), and with the HTTP run's question that the documents cannot answer among the kinds.
public static class AnswerProfile
{
    // fromSentences: the questions are put together from the corpus's sentences (CorpusQuestions), for a real corpus.
    public static async Task RunAsync(string corpus, string indexPath, int questions, int warmup, bool meaning = false, int embedSeconds = 0, bool fromSentences = false)
    {
        var database = new IndexDatabase(indexPath);
        var reader = new IndexReader(database);
        var writer = new IndexWriter(database);
        var options = new KnowledgeOptions { CorpusPath = corpus, IndexPath = indexPath, RescanSeconds = 300 };
        var indexer = new CorpusIndexer(options, reader, writer, NullLogger<CorpusIndexer>.Instance);
        await indexer.SyncAsync(CancellationToken.None);
        var readiness = new KnowledgeReadiness();
        readiness.MarkReady();
        Retriever? retriever = null;
        if (meaning)
        {
            var embedder = new TextEmbedder();
            var vectors = new VectorIndex();
            var filler = new VectorFiller(reader, writer, embedder, vectors, NullLogger<VectorFiller>.Instance);
            using (var budget = new CancellationTokenSource(TimeSpan.FromSeconds(embedSeconds)))
            {
                try { await filler.FillAsync(budget.Token); } catch (OperationCanceledException) { }
            }
            vectors.Reload(reader);
            Console.WriteLine($"meaning: {vectors.Count} of {reader.WindowCount()} windows have vectors");
            retriever = new Retriever(reader, embedder, vectors);
        }
        var knowledge = new KnowledgeBase(options, reader, writer, readiness, NullLogger<KnowledgeBase>.Instance, null, retriever);

        var names = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetFileNameWithoutExtension(f).ToUpperInvariant()).Order(StringComparer.Ordinal).ToList();
        List<string> templates = ["When did {0} start?", "What is the total budget of {0}?", "Who is the lead partner of {0}?",
            "How many SMEs did {0} support?", "When does {0} end?", "Which sectors does {0} work with?"];
        if (meaning) templates.Add("What will the weather be in {1} tomorrow?");
        var all = names.SelectMany((n, i) => templates.Select((t, k) => (Kind: k, Text: string.Format(t, n, CorpusGenerator.Cities[(i + k) % CorpusGenerator.Cities.Length])))).ToList();
        if (fromSentences)
        {
            templates = [.. CorpusQuestions.Frames];
            all = CorpusQuestions.Framed(indexPath, Math.Max(questions * 10, 20_000), seed: 23);
        }
        new Random(5).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all));

        // Warm-up questions come from the end of the list, so the measured ones are the same in every run.
        var warm = all.Count - 1;
        var warmUntil = Stopwatch.StartNew();
        while (warmUntil.Elapsed.TotalSeconds < warmup && warm >= questions) await knowledge.AskAsync(new Question(all[warm--].Text, "en"), CancellationToken.None);
        // BENCH_DUMP=FILE writes each measured question and its answer, to compare two versions of the pipeline.
        var dump = Environment.GetEnvironmentVariable("BENCH_DUMP") is { } dumpPath ? new List<string>() : null;

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var bytes0 = GC.GetTotalAllocatedBytes(precise: false);
        var gc0 = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var found = 0;
        var byKind = new (double Ms, int Count, int Found)[templates.Count];
        var slow = 0;
        for (var i = 0; i < questions; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var answer = await knowledge.AskAsync(new Question(all[i].Text, "en"), CancellationToken.None);
            var kind = all[i].Kind;
            byKind[kind] = (byKind[kind].Ms + Stopwatch.GetElapsedTime(t0).TotalMilliseconds, byKind[kind].Count + 1, byKind[kind].Found + (answer.Found ? 1 : 0));
            if (answer.Found) found++;
            if (Stopwatch.GetElapsedTime(t0).TotalMilliseconds > 5) slow++;
            dump?.Add(all[i].Text + " => " + string.Concat(answer.Segments.Select(x => x.Text)) + " " + string.Join(",", answer.Citations.Select(c => c.DocumentPath)));
        }
        clock.Stop();
        process.Refresh();
        if (dump is not null) await File.WriteAllLinesAsync(Environment.GetEnvironmentVariable("BENCH_DUMP")!, dump);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / questions;
        var allocated = (GC.GetTotalAllocatedBytes(precise: false) - bytes0) / 1024.0 / questions;
        Console.WriteLine($"answer profile, {questions} new questions after {warmup} s warm-up: {clock.Elapsed.TotalMilliseconds / questions:0.000} ms wall, " +
            $"{cpu:0.000} ms CPU, {allocated:0} KB allocated per question, {GC.CollectionCount(0) - gc0} gen0 GCs; {found} answered; {slow} over 5 ms; managed heap {heapBefore / 1048576.0:0} -> {heapAfter / 1048576.0:0} MiB, RSS {process.WorkingSet64 / 1048576.0:0} MiB");
        for (var k = 0; k < templates.Count; k++)
            Console.WriteLine($"  {templates[k],-45} {byKind[k].Ms / Math.Max(1, byKind[k].Count),7:0.000} ms wall per question, {byKind[k].Found}/{byKind[k].Count} answered");
    }
}
