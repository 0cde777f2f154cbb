using System.Text.Json;
using System.Text.RegularExpressions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Bench.Knowledge;

// How well each ranking puts a passage holding the expected answer first, or among the first 3 or 5: BM25 alone,
// the passage windows' vectors alone, and fusions of the two. Question sets are JSON lines with "q", "expect"
// (regular expressions, any one matching) and optionally "lang"; questions without "expect" are left out.
public static class RetrievalMeasurement
{
    private static readonly int[] Depths = [1, 3, 5];

    public static async Task RunAsync(string corpus, IReadOnlyList<string> questionFiles)
    {
        var (_, reader, _, embedder, vectors) = await IndexedCorpus.OpenAsync(corpus);
        var retriever = new Retriever(reader, embedder, vectors);

        foreach (var file in questionFiles)
        {
            var questions = File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
                .Where(q => q.TryGetProperty("expect", out _)).ToList();
            var results = new Dictionary<string, Dictionary<string, List<int>>>();
            foreach (var question in questions)
            {
                var text = question.GetProperty("q").GetString()!;
                var language = question.TryGetProperty("lang", out var l) ? l.GetString()! : "en";
                var group = language == "en" ? "English" : "partner languages";
                var expect = question.GetProperty("expect");
                var expected = (expect.ValueKind == JsonValueKind.Array ? expect.EnumerateArray().Select(e => e.GetString()!) : [expect.GetString()!])
                    .Select(e => new Regex(e, RegexOptions.IgnoreCase | RegexOptions.Singleline)).ToList();
                var analyzed = QuestionAnalyzer.Analyze(text, language);

                var retrieved = retriever.Retrieve(analyzed, Audience.Everyone);
                var lexical = retrieved.Passages.Where(p => p.Lexical > 0).OrderByDescending(p => p.Lexical).Select(p => (p.Id, p.Lexical)).ToList();
                var windows = vectors.Search(embedder.EmbedQuestion(text), 60);
                var semantic = windows.Select(w => w.PassageId).Distinct().ToList();
                var rankings = new Dictionary<string, IReadOnlyList<long>>
                {
                    ["BM25"] = lexical.Select(h => h.Id).ToList(),
                    ["vectors"] = semantic,
                    ["fused (Fusion.Rank)"] = Fusion.Rank(lexical, windows, language, 20).Select(f => f.PassageId).ToList(),
                    ["RRF k=60"] = Rrf(lexical.Select(h => h.Id).ToList(), semantic, 60, 1),
                    ["RRF k=10"] = Rrf(lexical.Select(h => h.Id).ToList(), semantic, 10, 1),
                    ["RRF k=60, vectors x2"] = Rrf(lexical.Select(h => h.Id).ToList(), semantic, 60, 2),
                    ["score mix 0.5"] = Mix(lexical, windows, 0.5),
                    ["score mix 0.7 vectors"] = Mix(lexical, windows, 0.7),
                    ["mix 0.5 en, 0.25 other"] = Mix(lexical, windows, language == "en" ? 0.5 : 0.25),
                };
                var texts = reader.Load(rankings.Values.SelectMany(r => r.Take(5)).ToHashSet()).ToDictionary(p => p.Id, p => p.Heading + " " + string.Join(" ", p.Units.Select(u => u.FullText)));
                foreach (var (name, ranking) in rankings)
                {
                    var rank = 99;
                    for (var i = 0; i < Math.Min(5, ranking.Count); i++)
                        if (texts.TryGetValue(ranking[i], out var t) && expected.Any(e => e.IsMatch(t))) { rank = i + 1; break; }
                    if (Environment.GetEnvironmentVariable("BENCH_RANKS") is not null) Console.WriteLine($"  {question.GetProperty("id").GetString()} {name}: {rank}");
                    foreach (var g in new[] { group, "all" })
                    {
                        if (!results.TryGetValue(g, out var byMethod)) results[g] = byMethod = [];
                        if (!byMethod.TryGetValue(name, out var ranks)) byMethod[name] = ranks = [];
                        ranks.Add(rank);
                    }
                }
            }
            Console.WriteLine($"\n{Path.GetFileName(file)}: {questions.Count} answerable questions; passages holding the answer at rank 1 / within 3 / within 5");
            foreach (var (group, byMethod) in results.OrderBy(r => r.Key == "all"))
            {
                Console.WriteLine($"  {group} ({byMethod.First().Value.Count})");
                foreach (var (name, ranks) in byMethod)
                    Console.WriteLine($"    {name,-26} " + string.Join(" / ", Depths.Select(d => ranks.Count(r => r <= d).ToString())));
            }
        }
    }

    private static List<long> Rrf(List<long> lexical, List<long> semantic, double k, double semanticWeight)
    {
        var scores = new Dictionary<long, double>();
        for (var i = 0; i < lexical.Count; i++) scores[lexical[i]] = scores.GetValueOrDefault(lexical[i]) + 1 / (k + i + 1);
        for (var i = 0; i < semantic.Count; i++) scores[semantic[i]] = scores.GetValueOrDefault(semantic[i]) + semanticWeight / (k + i + 1);
        return scores.OrderByDescending(s => s.Value).Select(s => s.Key).ToList();
    }

    // Scores on a common scale: BM25 over the best BM25, cosine spread between the worst and best window found.
    private static List<long> Mix(List<(long Id, double Lexical)> lexical, List<WindowMatch> windows, double semanticWeight)
    {
        var scores = new Dictionary<long, double>();
        var top = lexical.Count > 0 ? lexical.Max(h => h.Lexical) : 1;
        foreach (var (id, score) in lexical) scores[id] = (1 - semanticWeight) * score / top;
        if (windows.Count > 0)
        {
            var (low, high) = (windows.Min(w => w.Cosine), windows.Max(w => w.Cosine));
            foreach (var group in windows.GroupBy(w => w.PassageId))
                scores[group.Key] = scores.GetValueOrDefault(group.Key) + semanticWeight * (group.Max(w => w.Cosine) - low) / Math.Max(1e-6, high - low);
        }
        return scores.OrderByDescending(s => s.Value).Select(s => s.Key).ToList();
    }
}
