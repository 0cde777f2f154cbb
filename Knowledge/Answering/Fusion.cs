using StakeholderBot.Knowledge.Embeddings;

namespace StakeholderBot.Knowledge.Answering;

// A passage ranked by both searches: its fused score (0..1), its BM25 score and the cosine of its closest window.
public sealed record FusedPassage(long PassageId, double Score, double Lexical, double Semantic, (int First, int Count)? Window);

// One search by meaning: its closest windows (best first) and what share of the fused score it has.
public sealed record MeaningRanking(IReadOnlyList<WindowMatch> Windows, double Weight);

// Fuses the BM25 ranking with the meaning rankings (a passage ranks by its closest window) by their scores on one
// scale: BM25 over the best BM25 found, the cosine over the spread between the farthest and closest window looked
// at. Measured on the project's and the shared documents (bench/knowledge --retrieval), this kept what each search
// found alone where reciprocal rank fusion lost top hits of either. The local model reads English: for questions in
// other languages its closeness counts for less. An embedding deployment's vectors (the model path) are a further
// meaning ranking; its model is multilingual, so it counts as much in every language.
public static class Fusion
{
    public const double EnglishMeaning = 0.6;
    public const double OtherMeaning = 0.3;

    // With an embedding deployment's ranking beside the local one: the deployment's share, and the local model's.
    // Not measured here (no deployment can be reached from this machine): the deployment's models rank better than
    // the local one in published comparisons, so it takes the larger share and BM25 keeps 0.4 in every language.
    public const double DeploymentMeaning = 0.4;
    public const double LocalBesideDeployment = 0.2;
    public const double OtherDeploymentMeaning = 0.5;
    public const double OtherLocalBesideDeployment = 0.1;

    public static List<FusedPassage> Rank(IReadOnlyList<(long Id, double Score)> lexical, IReadOnlyList<WindowMatch> windows, string language, int limit) =>
        Rank(lexical, [new MeaningRanking(windows, language == "en" ? EnglishMeaning : OtherMeaning)], limit);

    // The local model's ranking and the deployment's, weighed for the question's language.
    public static List<FusedPassage> Rank(IReadOnlyList<(long Id, double Score)> lexical, IReadOnlyList<WindowMatch> local,
        IReadOnlyList<WindowMatch> deployment, string language, int limit) =>
        deployment.Count == 0 ? Rank(lexical, local, language, limit) : Rank(lexical,
        [
            new MeaningRanking(local, local.Count == 0 ? 0 : language == "en" ? LocalBesideDeployment : OtherLocalBesideDeployment),
            new MeaningRanking(deployment, language == "en" ? DeploymentMeaning : OtherDeploymentMeaning),
        ], limit);

    // BM25 takes what the meaning rankings leave. A passage's Semantic and Window are from the first ranking that found it.
    public static List<FusedPassage> Rank(IReadOnlyList<(long Id, double Score)> lexical, IReadOnlyList<MeaningRanking> meanings, int limit)
    {
        var words = 1 - meanings.Sum(m => m.Weight);
        var byPassage = new Dictionary<long, FusedPassage>();
        var top = Math.Max(1e-6, lexical.Count > 0 ? lexical.Max(h => h.Score) : 0);
        foreach (var (id, score) in lexical) byPassage[id] = new FusedPassage(id, words * score / top, score, 0, null);
        foreach (var meaning in meanings)
        {
            if (meaning.Windows.Count == 0) continue;
            var (low, high) = (meaning.Windows.Min(w => w.Cosine), meaning.Windows.Max(w => w.Cosine));
            var spread = Math.Max(1e-6, high - low);
            var scored = new HashSet<long>();
            foreach (var window in meaning.Windows)
            {
                // Windows come closest first: a passage's first one is its closest.
                if (!scored.Add(window.PassageId)) continue;
                var known = byPassage.GetValueOrDefault(window.PassageId);
                var score = (known?.Score ?? 0) + meaning.Weight * (window.Cosine - low) / spread;
                byPassage[window.PassageId] = known?.Window is not null
                    ? known with { Score = score }
                    : new FusedPassage(window.PassageId, score, known?.Lexical ?? 0, window.Cosine, (window.First, window.Count));
            }
        }
        return byPassage.Values.OrderByDescending(p => p.Score).Take(limit).ToList();
    }
}
