using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Answering;

// First stage: BM25 over the FTS5 index with every concept's search terms (and a prefix for long words), then
// the passages next to the best hits for context. Concept weights are their idf over passages.
public sealed class Retriever(IndexReader reader)
{
    private const int Hits = 30;
    private const int WithNeighbours = 8;

    public (IReadOnlyList<PassageHit> Passages, IReadOnlyList<double> Weights) Retrieve(AnalyzedQuestion question)
    {
        var total = Math.Max(1, reader.PassageCount());
        var weights = question.Concepts.Select(c => Idf(reader.DocumentFrequency(c.SearchTerms[0]), total) * c.Emphasis).ToList();

        var expressions = new List<string>();
        foreach (var concept in question.Concepts)
        {
            foreach (var term in concept.SearchTerms)
            {
                expressions.Add(FtsQuery.Quote(term));
                if (term.Length >= 7 && !char.IsDigit(term[0])) expressions.Add(FtsQuery.Prefix(term[..Math.Max(6, (int)(term.Length * 0.75))]));
            }
        }
        if (expressions.Count == 0) return ([], weights);

        var hits = reader.Search(FtsQuery.AnyOf(expressions), Hits);
        if (hits.Count == 0) return ([], weights);
        var scores = hits.ToDictionary(h => h.Id, h => h.Score);
        var passages = reader.Load(scores.Keys, scores);
        var byId = passages.ToDictionary(p => p.Id);
        var top = hits.Take(WithNeighbours).Where(h => byId.ContainsKey(h.Id)).Select(h => (byId[h.Id].DocumentId, byId[h.Id].Ordinal));
        var extra = reader.NeighbourIds(top).Where(id => !scores.ContainsKey(id)).ToList();
        return ([.. passages, .. reader.Load(extra)], weights);
    }

    // A word no passage contains counts extra: the documents know nothing of it, so a question resting on it
    // ("the weather", "the mayor") is rarely answerable from them.
    private static double Idf(int frequency, long total) =>
        Math.Max(0.2, Math.Log(1 + (total - frequency + 0.5) / (frequency + 0.5))) * (frequency == 0 ? Unknown : 1);

    private const double Unknown = 1.3;
}
