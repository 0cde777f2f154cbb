using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Bench.Knowledge;

// Features of every candidate unit (sentence, list, line) of the passages the fused retrieval returns, for choosing
// the answering unit by meaning and evidence: the scorer's lexical evidence, and the question's cosine to the unit
// embedded several ways (its windows, the unit alone, with its title and heading, with the unit before it, and the
// window's loss when the unit is left out). Written as TSV (one row per unit, "correct" when an expected pattern is in
// it) to compare ways of combining them offline.
public static class SentenceMeasurement
{
    public static async Task RunAsync(string corpus, string output, IReadOnlyList<string> questionFiles)
    {
        var (_, reader, _, embedder, vectors) = await IndexedCorpus.OpenAsync(corpus);
        var retriever = new Retriever(reader, embedder, vectors);
        var analyses = new AnalysisCache(reader);
        var cache = new Dictionary<string, float[]>(StringComparer.Ordinal);
        float[] Embed(string text) => cache.TryGetValue(text, out var v) ? v : cache[text] = embedder.EmbedPassage(text, CancellationToken.None);
        static double Cos(float[] a, float[] b) { double s = 0; for (var i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }
        string F(double x) => x.ToString("0.0000", CultureInfo.InvariantCulture);

        var append = File.Exists(output);
        await using var tsv = new StreamWriter(output, append);
        if (!append) tsv.WriteLine("set\tqid\tgroup\tlang\tkind\tpassage_rank\tpassage_score\tpassage_lexical\tpassage_semantic\tunit\theading\tlist\tlength\tlexical\town\ttype\tnames\tacceptable\tabout\tscore\twindow\tbare\tcontext\tprevious\tloo\tcorrect\ttext");
        foreach (var file in questionFiles)
        {
            var set = Path.GetFileNameWithoutExtension(file);
            foreach (var question in File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement))
            {
                if (question.TryGetProperty("followup", out _)) continue;
                var none = !question.TryGetProperty("expect", out var expect);
                var id = question.GetProperty("id").GetString()!;
                var raw = question.GetProperty("q").GetString()!;
                var language = question.TryGetProperty("locale", out var locale) ? locale.GetString()!.Split('-')[0] : question.TryGetProperty("lang", out var l) ? l.GetString()! : "en";
                var group = question.TryGetProperty("group", out var g) ? g.GetString()! : none ? "none" : language == "en" ? "english" : "partner";
                var patterns = none ? [] : (expect.ValueKind == JsonValueKind.Array ? expect.EnumerateArray().Select(e => e.GetString()!) : [expect.GetString()!])
                    .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.Singleline)).ToList();
                var text = Courtesy.Read(raw, language).Question;
                var analyzed = QuestionAnalyzer.Analyze(text, language);
                var retrieval = retriever.Fuse(analyzed, Audience.Everyone);
                var total = Math.Max(1, reader.PassageCount());
                var frequencies = analyzed.Concepts.Select(c => c.SearchTerms.Max(reader.DocumentFrequency)).ToList();
                var weights = frequencies.Select((f, i) => Math.Max(0.2, Math.Log(1 + (total - f + 0.5) / (f + 0.5))) * analyzed.Concepts[i].Emphasis).ToList();
                var vocabulary = new Vocabulary(frequencies, weights, language == "en", name => reader.DocumentFrequency(name) * 5 < total);
                var scored = UnitScorer.Score(analyzed, vocabulary, retrieval.Passages, new HashSet<string>(), analyses);
                var q = embedder.EmbedQuestion(text);
                var ranked = retrieval.Passages.Where(p => p.Score > 0).OrderByDescending(p => p.Score).Take(8).ToList();
                for (var rank = 0; rank < ranked.Count; rank++)
                {
                    var passage = ranked[rank];
                    var about = passage.Heading.Length == 0 || passage.Heading.Equals(passage.Title, StringComparison.OrdinalIgnoreCase)
                        ? passage.Title + ":" : passage.Title + " - " + passage.Heading + ":";
                    var windows = PassageWindows.Of(passage.Title, passage.Heading, passage.Units);
                    var windowCos = windows.Select(w => Cos(q, Embed(w.Text))).ToList();
                    for (var u = 0; u < passage.Units.Count; u++)
                    {
                        var unit = passage.Units[u];
                        var su = scored.FirstOrDefault(s => s.Passage.Id == passage.Id && s.Index == u);
                        var covering = windows.Select((w, i) => (w, i)).Where(x => u >= x.w.First && u < x.w.First + x.w.Count).ToList();
                        var window = covering.Count == 0 ? 0 : covering.Max(x => windowCos[x.i]);
                        // The best covering window without this unit.
                        var loo = covering.Count == 0 ? 0 : covering.Max(x =>
                        {
                            var rest = Enumerable.Range(x.w.First, x.w.Count).Where(k => k != u).Select(k => passage.Units[k].FullText).ToList();
                            return rest.Count == 0 ? windowCos[x.i] : windowCos[x.i] - Cos(q, Embed(about + " " + string.Join("\n", rest)));
                        });
                        var bare = Cos(q, Embed(unit.FullText));
                        var context = Cos(q, Embed(about + " " + unit.FullText));
                        var previous = u > 0 ? Cos(q, Embed(about + " " + passage.Units[u - 1].FullText + "\n" + unit.FullText)) : context;
                        var correct = patterns.Any(p => p.IsMatch(unit.FullText));
                        tsv.WriteLine(string.Join('\t', set, id, group, language, analyzed.Kind, rank, F(passage.Score), F(passage.Lexical), F(passage.Semantic), u,
                            unit.IsHeading ? 1 : 0, unit.IsList ? 1 : 0, unit.FullText.Length, F(su?.Lexical ?? 0), F(su?.Own ?? 0), F(su?.Type ?? 0), F(su?.Names ?? 0),
                            su?.Acceptable == true ? 1 : 0, su?.About == true ? 1 : 0, F(su?.Score ?? 0), F(window), F(bare), F(context), F(previous), F(loo), correct ? 1 : 0,
                            unit.FullText.Replace('\t', ' ').Replace('\n', ' ')));
                    }
                }
                Console.Write('.');
            }
        }
        Console.WriteLine($"\n{cache.Count} texts embedded; features in {output}");
    }
}
