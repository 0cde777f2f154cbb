using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Bench.Knowledge;

// Scores question sets in-process with the rules of the shared ask-eval.py: an answerable question passes when one of
// its "expect" patterns is in the answer and its "source" is in a cited document's path; an unanswerable one ("none")
// when the reply cites nothing. Small talk is replied to without a search, as the flow does. The corpus is indexed
// with its passage vectors first (IndexedCorpus).
// BENCH_VERBOSE=1 prints every answer, not only the misses.
public static class AnswerEvaluation
{
    public static async Task<int> RunAsync(string corpus, IReadOnlyList<string> questionFiles)
    {
        var (options, reader, writer, embedder, vectors) = await IndexedCorpus.OpenAsync(corpus);
        var readiness = new KnowledgeReadiness();
        readiness.MarkReady();
        var knowledge = new KnowledgeBase(options, reader, writer, readiness, NullLogger<KnowledgeBase>.Instance, retriever: new Retriever(reader, embedder, vectors));
        var verbose = Environment.GetEnvironmentVariable("BENCH_VERBOSE") is not null;

        var failed = 0;
        foreach (var file in questionFiles)
        {
            var questions = File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var tally = new SortedDictionary<string, (int Passed, int Total)>(StringComparer.Ordinal);
            var cpu = TimeSpan.Zero;
            Console.WriteLine($"\n{Path.GetFileName(file)}");
            foreach (var question in questions)
            {
                var text = question.GetProperty("q").GetString()!;
                var language = Text(question, "locale") is { } locale ? locale.Split('-')[0].ToLowerInvariant() : Text(question, "lang") ?? "en";
                var none = question.TryGetProperty("none", out _);
                var group = Text(question, "group") ?? (none ? "none" : language == "en" ? "english" : "partner");

                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var answer = Courtesy.Read(text, language).IsSmallTalk
                    ? Answer.NotFound(text, language)
                    : await knowledge.AskAsync(new Question(text, language), CancellationToken.None);
                cpu += Process.GetCurrentProcess().TotalProcessorTime - before;

                string verdict;
                if (none) verdict = answer.Citations.Count == 0 ? "refused" : "ANSWERED";
                else
                {
                    var expect = question.GetProperty("expect");
                    var patterns = expect.ValueKind == JsonValueKind.Array ? expect.EnumerateArray().Select(e => e.GetString()!).ToList() : [expect.GetString()!];
                    var hit = patterns.Any(p => Regex.IsMatch(Said(answer), p, RegexOptions.IgnoreCase | RegexOptions.Singleline));
                    var cited = answer.Citations.Any(c => c.DocumentPath.Contains(question.GetProperty("source").GetString()!, StringComparison.Ordinal));
                    verdict = hit && cited ? "ok" : !answer.Found ? "REFUSED" : !hit ? "WRONG" : "UNCITED";
                }
                var ok = verdict is "ok" or "refused";
                if (!ok) failed++;
                foreach (var key in new[] { "group " + group, "lang " + language, "all" })
                {
                    var (p, t) = tally.GetValueOrDefault(key);
                    tally[key] = (p + (ok ? 1 : 0), t + 1);
                }
                Console.WriteLine($"{Text(question, "id"),-4} {verdict,-9} [{group}/{language}] {text}");
                if (verbose || !ok && answer.Found)
                    Console.WriteLine($"     -> {Shorten(Said(answer))} ({string.Join(", ", answer.Citations.Select(c => c.DocumentPath))})");
            }
            Console.WriteLine(string.Join("; ", tally.Select(t => $"{t.Key} {t.Value.Passed}/{t.Value.Total}")));
            Console.WriteLine($"CPU {cpu.TotalMilliseconds / Math.Max(1, questions.Count):0.0} ms per question (first asking, includes JIT)");
        }
        return failed;
    }

    private static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    // What the reply says, without its citation markers: the patterns are matched against the words.
    private static string Said(Answer answer) => string.Concat(answer.Segments.Select(s => s.Text));

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
