using StakeholderBot.Knowledge.Embeddings;

namespace StakeholderBot.Knowledge.Answering;

// A passage ranked by both searches: its fused score (0..1), its BM25 score and the cosine of its closest window.
public sealed record FusedPassage(long PassageId, double Score, double Lexical, double Semantic, (int First, int Count)? Window);

// Fuses the BM25 ranking with the meaning ranking (a passage ranks by its closest window) by their scores on one
// scale: BM25 over the best BM25 found, the cosine over the spread between the farthest and closest window looked
// at. Measured on the project's and the shared documents (bench/knowledge --retrieval), this kept what each search
// found alone where reciprocal rank fusion lost top hits of either. The model reads English: for questions in other
// languages its closeness counts for less.
public static class Fusion
{
    public const double EnglishMeaning = 0.6;
    public const double OtherMeaning = 0.3;

    public static List<FusedPassage> Rank(IReadOnlyList<(long Id, double Score)> lexical, IReadOnlyList<WindowMatch> windows, string language, int limit)
    {
        var meaning = language == "en" ? EnglishMeaning : OtherMeaning;
        var byPassage = new Dictionary<long, FusedPassage>();
        var top = Math.Max(1e-6, lexical.Count > 0 ? lexical.Max(h => h.Score) : 0);
        foreach (var (id, score) in lexical) byPassage[id] = new FusedPassage(id, (1 - meaning) * score / top, score, 0, null);
        if (windows.Count > 0)
        {
            var (low, high) = (windows.Min(w => w.Cosine), windows.Max(w => w.Cosine));
            var spread = Math.Max(1e-6, high - low);
            foreach (var window in windows)
            {
                var known = byPassage.GetValueOrDefault(window.PassageId);
                // Windows come closest first: a passage's first one is its closest.
                if (known?.Window is not null) continue;
                byPassage[window.PassageId] = new FusedPassage(window.PassageId, (known?.Score ?? 0) + meaning * (window.Cosine - low) / spread,
                    known?.Lexical ?? 0, window.Cosine, (window.First, window.Count));
            }
        }
        return byPassage.Values.OrderByDescending(p => p.Score).Take(limit).ToList();
    }
}
