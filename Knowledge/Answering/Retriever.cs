using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Answering;

// The passages a question is answered from, with the weights of its concepts (their idf over passages).
// Semantic: whether the question's meaning was searched too (else BM25 alone ranked them). Complete: BM25 found fewer
// passages than it may return and left out none of the question's words, so every passage that holds one of them is
// here; the meaning search could add only passages that hold none.
public sealed record Retrieval(IReadOnlyList<PassageHit> Passages, IReadOnlyList<double> Weights, bool Semantic, bool Complete = false)
{
    // The BM25 ranking itself (before neighbours were added), which the meaning search fuses with.
    public IReadOnlyList<(long Id, double Score)> Ranked { get; init; } = [];
}

// First stage, in two steps the answerer chooses between. Retrieve: BM25 over the FTS5 index with every concept's
// search terms (and a prefix for long words), then the passages next to the best hits for context. Fuse: the same
// BM25 ranking fused with the passages whose windows are closest in meaning to the question; it embeds the question
// (a few milliseconds, cached), so it is worth asking only when the words alone found no answer.
public sealed class Retriever(IndexReader reader, TextEmbedder? embedder = null, VectorIndex? vectors = null)
{
    private const int Hits = 20;
    private const int WithNeighbours = 6;
    // Windows looked at per question: several can belong to one passage.
    public const int WindowHits = 60;
    private const int SemanticHits = 20;

    // False until the background embedding has stored some vectors (and always without a model).
    public bool CanSearchMeaning => embedder is not null && vectors is { IsEmpty: false };

    // Only passages of documents the audience (who asks) may see are found, by either step.
    public Retrieval Retrieve(AnalyzedQuestion question, Audience audience)
    {
        var (hits, weights, complete) = Lexical(question, audience);
        return new Retrieval(hits.Count == 0 ? [] : reader.LoadWithNeighbours(hits, WithNeighbours), weights, false, complete) { Ranked = hits };
    }

    // The question's text as the user meant it (without greetings or sign-offs, if the caller removed them) is what
    // gets embedded; its analysis gives the BM25 side. deployment: the windows an embedding deployment found closest
    // (the model path searches them itself, since asking for the question's vector is a call to the service), fused
    // as a third ranking. byWords: the words' retrieval of the same question, if it was made already (its BM25 ranking is
    // not searched again).
    public Retrieval Fuse(AnalyzedQuestion question, Audience audience, string? meaning = null, IReadOnlyList<WindowMatch>? deployment = null, Retrieval? byWords = null)
    {
        if (!CanSearchMeaning && deployment is not { Count: > 0 }) return byWords ?? Retrieve(question, audience);
        IReadOnlyList<(long Id, double Score)> lexical;
        IReadOnlyList<double> weights;
        if (byWords is null) (lexical, weights, _) = Lexical(question, audience);
        else (lexical, weights) = (byWords.Ranked, byWords.Weights);
        var windows = CanSearchMeaning ? vectors!.Search(embedder!.EmbedQuestion(meaning ?? question.Text), WindowHits, reader.HiddenPassages(audience)) : [];
        var fused = Fusion.Rank(lexical, windows, deployment ?? [], question.Language, Hits);
        if (fused.Count == 0) return new Retrieval([], weights, true);
        var loaded = reader.LoadWithNeighbours(fused.Select(f => (f.PassageId, f.Score)).ToList(), WithNeighbours);
        var byId = fused.ToDictionary(f => f.PassageId);
        var passages = loaded.Select(p => byId.TryGetValue(p.Id, out var f)
            ? p with { Score = f.Score, Lexical = f.Lexical, Semantic = f.Semantic, Window = f.Window }
            : p with { Score = 0, Lexical = 0 }).ToList();
        return new Retrieval(passages, weights, true);
    }

    // How close in meaning the question is to each of these texts (cosines; the question's vector is cached).
    public double[] Closeness(string question, IReadOnlyList<string> texts)
    {
        if (embedder is null || texts.Count == 0) return new double[texts.Count];
        var asked = embedder.EmbedQuestion(question);
        return embedder.EmbedSentences(texts).Select(v => (double)System.Numerics.Tensors.TensorPrimitives.Dot(asked, v)).ToArray();
    }

    public bool CanCompareMeaning => embedder is not null;

    private (IReadOnlyList<(long Id, double Score)> Hits, IReadOnlyList<double> Weights, bool Complete) Lexical(AnalyzedQuestion question, Audience audience)
    {
        var total = Math.Max(1, reader.PassageCount());
        var frequencies = question.Concepts.Select(c => reader.DocumentFrequency(c.SearchTerms[0])).ToList();
        var weights = question.Concepts.Select((c, i) => Idf(frequencies[i], total) * c.Emphasis).ToList();

        // Words in a thousand passages or more only slow the search down without telling passages apart; they still
        // count when sentences are scored. A word the index lacks is looked for by its beginning instead.
        var rarest = frequencies.Count == 0 ? 0 : frequencies.Min();
        var expressions = new List<string>();
        var skipped = false;
        for (var c = 0; c < question.Concepts.Count; c++)
        {
            if (frequencies[c] >= IndexReader.FrequencyCap && rarest < IndexReader.FrequencyCap) { skipped = true; continue; }
            foreach (var term in question.Concepts[c].SearchTerms)
            {
                expressions.Add(FtsQuery.Quote(term));
                if (frequencies[c] == 0 && term.Length >= 7 && !char.IsDigit(term[0])) expressions.Add(FtsQuery.Prefix(term[..Math.Max(6, (int)(term.Length * 0.75))]));
            }
        }
        if (expressions.Count == 0) return ([], weights, false);
        var hits = reader.Search(FtsQuery.AnyOf(expressions), Hits, audience);
        return (hits, weights, !skipped && hits.Count < Hits);
    }

    // A word no passage contains counts extra: the documents know nothing of it, so a question resting on it
    // ("the weather", "the mayor") is rarely answerable from them.
    private static double Idf(int frequency, long total) =>
        Math.Max(0.2, Math.Log(1 + (total - frequency + 0.5) / (frequency + 0.5))) * (frequency == 0 ? Unknown : 1);

    private const double Unknown = 1.3;
}
