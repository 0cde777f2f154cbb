using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Answering;

// First stage: BM25 over the FTS5 index with every concept's search terms (and a prefix for long words), then
// the passages next to the best hits for context. Concept weights are their idf over passages.
public sealed class Retriever(IndexReader reader)
{
    private const int Hits = 20;
    private const int WithNeighbours = 6;

    public (IReadOnlyList<PassageHit> Passages, IReadOnlyList<double> Weights) Retrieve(AnalyzedQuestion question, Audience audience)
    {
        var total = Math.Max(1, reader.PassageCount());
        var frequencies = question.Concepts.Select(c => reader.DocumentFrequency(c.SearchTerms[0])).ToList();
        var weights = question.Concepts.Select((c, i) => Idf(frequencies[i], total) * c.Emphasis).ToList();

        // Words in a thousand passages or more only slow the search down without telling passages apart; they still
        // count when sentences are scored. A word the index lacks is looked for by its beginning instead.
        var rarest = frequencies.Count == 0 ? 0 : frequencies.Min();
        var expressions = new List<string>();
        for (var c = 0; c < question.Concepts.Count; c++)
        {
            if (frequencies[c] >= IndexReader.FrequencyCap && rarest < IndexReader.FrequencyCap) continue;
            foreach (var term in question.Concepts[c].SearchTerms)
            {
                expressions.Add(FtsQuery.Quote(term));
                if (frequencies[c] == 0 && term.Length >= 7 && !char.IsDigit(term[0])) expressions.Add(FtsQuery.Prefix(term[..Math.Max(6, (int)(term.Length * 0.75))]));
            }
        }
        if (expressions.Count == 0) return ([], weights);

        var hits = reader.Search(FtsQuery.AnyOf(expressions), Hits, audience);
        return hits.Count == 0 ? ([], weights) : (reader.LoadWithNeighbours(hits, WithNeighbours), weights);
    }

    // A word no passage contains counts extra: the documents know nothing of it, so a question resting on it
    // ("the weather", "the mayor") is rarely answerable from them.
    private static double Idf(int frequency, long total) =>
        Math.Max(0.2, Math.Log(1 + (total - frequency + 0.5) / (frequency + 0.5))) * (frequency == 0 ? Unknown : 1);

    private const double Unknown = 1.3;
}
