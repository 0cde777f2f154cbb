using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Answering;

// The passages a model sees: the ones holding the best-scoring units, those the extractive answer would accept
// first, one entry per passage.
public static class SourceSelection
{
    public static IReadOnlyList<PassageHit> Best(IReadOnlyList<ScoredUnit> units, int count) =>
        units.GroupBy(u => u.Passage.Id)
            .Select(g => (Passage: g.First().Passage, Score: g.Max(u => u.Score + (u.Acceptable ? 1 : 0))))
            .OrderByDescending(p => p.Score)
            .Take(count)
            .Select(p => p.Passage)
            .ToList();
}
