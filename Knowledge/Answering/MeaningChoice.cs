using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Answering;

// Open questions ("what ... about", "why", "how") worded unlike the documents: their words alone rarely make a unit
// acceptable. Among the units that are about what the question names (UnitScorer's About), the few that its words rank
// first and those of the windows closest to it in meaning are compared with the question by meaning, each embedded
// with its document title and heading in front (and the unit before it when it points back: "They do this by ..."),
// as the document puts it. The unit best by words and meaning together answers when it holds one of the question's
// words or is the closest in meaning of them all. Measured (bench/knowledge --sentences, --answers): with meaning
// added the answering unit came first for about two in three paraphrased questions instead of one in two, and the
// held-out sets gained without a new wrong answer to a question they cannot answer; giving meaning more weight than
// below lost on the held-out sets. English questions only: the model reads English, and for other languages it
// changed nothing.
public static class MeaningChoice
{
    private const int ByWords = 4;
    private const int ClosestPassages = 2;
    // A standard deviation of closeness among the candidates is worth this much of the scorer's score.
    private const double Weight = 0.1;

    public static List<ScoredUnit> Choose(List<ScoredUnit> units, Func<IReadOnlyList<string>, double[]> closeness)
    {
        var about = units.Where(u => u.About).ToList();
        if (about.Count == 0) return units;
        var candidates = about.OrderByDescending(u => u.Score).Take(ByWords).ToList();
        foreach (var passage in about.Select(u => u.Passage).DistinctBy(p => p.Id).Where(p => p.Window is not null)
                     .OrderByDescending(p => p.Semantic).Take(ClosestPassages))
            candidates.AddRange(about.Where(u => u.Passage.Id == passage.Id && InWindow(passage, u.Index) && !candidates.Contains(u)));

        var cosines = closeness(candidates.Select(TextOf).ToList());
        var mean = cosines.Average();
        var spread = Math.Sqrt(cosines.Average(c => (c - mean) * (c - mean)));
        var ranked = candidates.Select((u, i) => u with { Meaning = cosines[i], Score = u.Score + Weight * (spread > 0 ? (cosines[i] - mean) / spread : 0) }).ToList();
        var best = ranked.MaxBy(u => u.Score)!;
        var answers = best.Own > 0 || best.Meaning >= cosines.Max();
        var byUnit = ranked.ToDictionary(u => (u.Passage.Id, u.Index));
        return units.Select(u => byUnit.TryGetValue((u.Passage.Id, u.Index), out var r) ? r with { Acceptable = answers && ReferenceEquals(r, best) } : u).ToList();
    }

    private static bool InWindow(PassageHit passage, int u) => passage.Window is { } window && u >= window.First && u < window.First + window.Count;

    private static string TextOf(ScoredUnit unit)
    {
        var about = PassageWindows.About(unit.Passage.Title, unit.Passage.Heading);
        var previous = OpensPointingBack(unit) ? unit.Passage.Units[unit.Index - 1].FullText + "\n" : "";
        return (about.Length > 0 ? about + " " : "") + previous + unit.Unit.FullText;
    }

    // "They do this by ...": read with the unit before it. A unit that mentions "the project" further on stands on its
    // own: read with its predecessor, it would borrow that sentence's meaning.
    private static bool OpensPointingBack(ScoredUnit unit) =>
        unit.PointsBack && unit.Index > 0 && QuestionWords.Find(FoldedWords.Texts(unit.Unit.Text), [unit.Passage.Language, "en"]).Exists(c => c.Cue == Cue.PointsBack && c.Start < 2);
}
