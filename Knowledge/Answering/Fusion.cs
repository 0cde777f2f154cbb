using StakeholderBot.Knowledge.Embeddings;

namespace StakeholderBot.Knowledge.Answering;

// A passage ranked by both searches: its fused score, its BM25 score and the cosine of its closest window.
public sealed record FusedPassage(long PassageId, double Score, double Lexical, double Semantic, (int First, int Count)? Window);

// Reciprocal rank fusion of the BM25 ranking and the meaning ranking (a passage ranks by its closest window).
public static class Fusion
{
    private const double K = 60;

    public static List<FusedPassage> Rank(IReadOnlyList<(long Id, double Score)> lexical, IReadOnlyList<WindowMatch> windows, int limit)
    {
        var byPassage = new Dictionary<long, (double Score, double Lexical, double Semantic, (int, int)? Window)>();
        for (var r = 0; r < lexical.Count; r++)
            byPassage[lexical[r].Id] = (1 / (K + r + 1), lexical[r].Score, 0, null);
        var rank = 0;
        foreach (var window in windows)
        {
            var known = byPassage.TryGetValue(window.PassageId, out var entry);
            if (known && entry.Window is not null) continue;
            rank++;
            byPassage[window.PassageId] = (entry.Score + 1 / (K + rank), entry.Lexical, window.Cosine, (window.First, window.Count));
        }
        return byPassage.Select(p => new FusedPassage(p.Key, p.Value.Score, p.Value.Lexical, p.Value.Semantic, p.Value.Window))
            .OrderByDescending(p => p.Score).Take(limit).ToList();
    }
}
