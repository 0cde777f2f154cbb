using StakeholderBot.Bench.Knowledge;

// dotnet run -c Release --project bench/knowledge -- [--docs 10000] [--seconds 10] [--concurrency 16] [--queries 2000] [--warmup 20] [--no-http] [--generate-only DIR]
var options = BenchOptions.Parse(args);
if (args.SkipWhile(a => a != "--load").Skip(1).FirstOrDefault() is { } url)
{
    // Load an already running bot: --load http://127.0.0.1:PORT/api/messages [--seconds N] [--concurrency N]
    // BENCH_CORPUS=DIR asks about each generated document once (BENCH_TEMPLATE, e.g. "Who leads {0}?", gives new questions for another run).
    string[] texts = Environment.GetEnvironmentVariable("BENCH_TEXT") is { } fixedText ? [fixedText]
        : Environment.GetEnvironmentVariable("BENCH_CORPUS") is { } generated
            ? Directory.EnumerateFiles(generated, "*", SearchOption.AllDirectories).Select(f => string.Format(Environment.GetEnvironmentVariable("BENCH_TEMPLATE") ?? "When did {0} start?", Path.GetFileNameWithoutExtension(f).ToUpperInvariant())).ToArray()
        : ["When did UpGradeSME start?", "Which agency prepared the Slovenian action plan?", "How many study cases did INTRA identify?", "What will the weather be in Budapest tomorrow?"];
    var load = await LoadGenerator.RunAsync(url, texts, options.Concurrency, TimeSpan.FromSeconds(options.Seconds), unique: texts.Length > 100);
    Console.WriteLine($"{load.PerSecond:0} turns/s, {load.Failures} failed, {Stats.Summary(load.Latencies)}");
    return;
}
if (args.SkipWhile(a => a != "--profile").Skip(1).FirstOrDefault() is { } profiled)
{
    // --profile CORPUS_DIR [--queries N] [--warmup S] [--meaning [--embed-seconds N]] [--from-sentences]: per-question CPU and
    // allocations, index kept beside the corpus; --from-sentences asks CorpusQuestions' questions (a real corpus).
    await AnswerProfile.RunAsync(profiled, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(profiled))!, "index.db"), options.Queries, options.Warmup,
        args.Contains("--meaning"), options.EmbedSeconds ?? 0, args.Contains("--from-sentences"));
    return;
}
if (args.SkipWhile(a => a != "--retrieval").Skip(1).FirstOrDefault() is { } measured)
{
    // --retrieval CORPUS_DIR QUESTIONS.jsonl...: top-1/3/5 passage hits of BM25, vectors and their fusions.
    await RetrievalMeasurement.RunAsync(measured, args.SkipWhile(a => a != "--retrieval").Skip(2).ToList());
    return;
}
if (args.SkipWhile(a => a != "--answers").Skip(1).FirstOrDefault() is { } answered)
{
    // --answers CORPUS_DIR QUESTIONS.jsonl...: answers scored as ask-eval.py scores them, per group and language.
    await AnswerEvaluation.RunAsync(answered, args.SkipWhile(a => a != "--answers").Skip(2).ToList());
    return;
}
if (args.SkipWhile(a => a != "--sentences").Skip(1).FirstOrDefault() is { } sentences)
{
    // --sentences CORPUS_DIR OUT.tsv QUESTIONS.jsonl...: features of each candidate answering unit (appended to OUT.tsv).
    var rest = args.SkipWhile(a => a != "--sentences").Skip(2).ToList();
    await SentenceMeasurement.RunAsync(sentences, rest[0], rest.Skip(1).ToList());
    return;
}
if (args.SkipWhile(a => a != "--corpus").Skip(1).FirstOrDefault() is { } existing)
{
    // --corpus DIR [--embed-seconds N] [--no-http]: index build with vectors for a corpus as it is (the repo's corpus/,
    // for one), then answer turns over HTTP for new questions put together from its sentences.
    var folder = Directory.CreateTempSubdirectory("sb-knowledge-bench-").FullName;
    try
    {
        var index = Path.Combine(folder, "index.db");
        await IndexBenchmark.RunAsync(Path.GetFullPath(existing), index, [], options);
        if (options.Http)
        {
            var repeated = CorpusQuestions.FromIndex(index, 500, seed: 11);
            var fresh = CorpusQuestions.FromIndex(index, 200_000, seed: 23).Except(repeated).ToList();
            Console.WriteLine($"questions over HTTP: {fresh.Count} new ones put together from the corpus's sentences, e.g. \"{fresh[0]}\", \"{fresh[1]}\"");
            await HttpBenchmark.RunAsync(Path.GetFullPath(existing), index, repeated, fresh, folder, options);
        }
    }
    finally { Directory.Delete(folder, recursive: true); }
    return;
}
if (args.Contains("--model-vectors"))
{
    // --model-vectors [--docs N] [--latency-ms MS]: indexing throughput of the embedding deployment's vectors against the local stub.
    var latency = args.SkipWhile(a => a != "--latency-ms").Skip(1).FirstOrDefault() is { } ms ? int.Parse(ms) : 200;
    await ModelVectorBenchmark.RunAsync(args.Contains("--docs") ? options.Documents : 300, TimeSpan.FromMilliseconds(latency));
    return;
}
if (args.SkipWhile(a => a != "--generate-only").Skip(1).FirstOrDefault() is { } target)
{
    CorpusGenerator.Generate(target, options.Documents);
    return;
}
var work = Directory.CreateTempSubdirectory("sb-knowledge-bench-").FullName;
try
{
    Console.WriteLine($"Knowledge benchmark: {options.Documents} documents, {Environment.ProcessorCount} cores, work folder {work}");
    var corpus = Path.Combine(work, "corpus");
    var projects = CorpusGenerator.Generate(corpus, options.Documents);
    var bytes = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"corpus: {projects.Count} documents, {bytes / 1e6:0.0} MB");

    var index = Path.Combine(work, "index.db");
    await IndexBenchmark.RunAsync(corpus, index, projects, options);
    if (options.Http)
        await HttpBenchmark.RunAsync(corpus, index, CorpusGenerator.Questions(projects, 500, seed: 11),
            CorpusGenerator.Questions(projects, 200_000, seed: 23).Distinct().ToList(), work, options);
}
finally
{
    try { Directory.Delete(work, recursive: true); } catch (IOException) { }
}

public sealed record BenchOptions(int Documents, int Seconds, int Concurrency, int Queries, bool Http, int Warmup, int? EmbedSeconds)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            int.Parse(Value("--docs") ?? "10000"), int.Parse(Value("--seconds") ?? "10"),
            int.Parse(Value("--concurrency") ?? "16"), int.Parse(Value("--queries") ?? "2000"), !args.Contains("--no-http"),
            int.Parse(Value("--warmup") ?? "20"), Value("--embed-seconds") is { } embed ? int.Parse(embed) : null);
    }
}
