using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Answering;

// Second stage: scores every sentence of the retrieved passages by the concepts it holds (its own words count
// most, then its heading, the sentences before it, the opening of its block and the document's title and
// context), by whether it holds the kind of answer asked for, and by language.
public static class UnitScorer
{
    private const double HeadingFactor = 1.0;
    private const double TopicFactor = 0.6;
    private const double NameContextFactor = 0.65;
    private const double ContextFactor = 0.5;
    // The title says what the whole document is about.
    private const double NameTitleFactor = 0.8;
    private const double TitleFactor = 0.6;
    private const double PassageFactor = 0.3;
    private const double ReferenceFactor = 0.95;
    private const double SectionBonus = 0.1;
    // What comes before a sentence sets its subject more than what follows.
    private static readonly double[] Before = [0.65, 0.55, 0.45];
    private static readonly double[] After = [0.45, 0.3];

    public static List<ScoredUnit> Score(
        AnalyzedQuestion question, IReadOnlyList<double> weights, IReadOnlyList<PassageHit> passages, IReadOnlySet<string> preferredDocuments, AnalysisCache analyses)
    {
        var scored = new List<ScoredUnit>();
        if (question.Concepts.Count == 0 || passages.Count == 0) return scored;
        var totalWeight = Math.Max(1e-9, weights.Sum());
        var bestRetrieval = Math.Max(1e-9, passages.Max(p => p.Score));
        var byPosition = passages.ToDictionary(p => (p.DocumentId, p.Ordinal));
        var memo = new MatchMemo(question.Concepts);
        var asksForCountries = question.Kind != AnswerKind.Any
            && question.Concepts.Any(c => c.Alternatives.Any(a => a.Count == 1 && a[0] == Text.Countries.Marker));
        // A passage is analysed once per question, though it is read as itself and as its neighbours' context.
        var analysed = new Dictionary<long, PassageAnalysis>(passages.Count);
        PassageAnalysis Analyse(PassageHit hit) => analysed.TryGetValue(hit.Id, out var known) ? known : analysed[hit.Id] = analyses.Of(hit);

        foreach (var passage in passages)
        {
            var analysis = Analyse(passage);
            var document = analyses.DocumentOf(passage);
            var units = analysis.Units;
            var previous = byPosition.TryGetValue((passage.DocumentId, passage.Ordinal - 1), out var p) ? Analyse(p).Units : [];
            var next = byPosition.TryGetValue((passage.DocumentId, passage.Ordinal + 1), out var n) ? Analyse(n).Units : [];
            // The stretch of text around: this passage and the ones either side.
            var stretch = new double[question.Concepts.Count];
            for (var c = 0; c < stretch.Length; c++)
                foreach (var set in units.Concat(previous).Concat(next).Append(analysis.Topic)) stretch[c] = Math.Max(stretch[c], memo.Match(set, c));

            for (var u = 0; u < units.Length; u++)
            {
                var around = Around(units, u, previous, next, passage.Units, analysis.Topic);
                // "This priority axis ...", "83 of them": the sentence before names what this one is about.
                var before = u > 0 ? units[u - 1] : previous.LastOrDefault();
                var refersBack = before is not null && analysis.RefersBack[u];
                if (refersBack) around.Add((before!, ReferenceFactor));

                double lexical = 0, own = 0, names = 0, nameWeight = 0, section = 0, listSection = 0;
                var focusFound = true;
                for (var c = 0; c < question.Concepts.Count; c++)
                {
                    var concept = question.Concepts[c];
                    var direct = Math.Max(memo.Match(units[u], c), HeadingFactor * memo.Match(analysis.Heading, c));
                    // What a pointing sentence refers to is part of what it says.
                    if (refersBack) direct = Math.Max(direct, ReferenceFactor * memo.Match(before!, c));
                    var best = direct;
                    if (best < 1)
                    {
                        best = Math.Max(best, (concept.IsName ? NameContextFactor : ContextFactor) * memo.Match(document.Context, c));
                        best = Math.Max(best, (concept.IsName ? NameTitleFactor : TitleFactor) * memo.Match(document.Title, c));
                        foreach (var (terms, factor) in around) if (best < factor) best = Math.Max(best, factor * memo.Match(terms, c));
                        if (best < PassageFactor) best = Math.Max(best, PassageFactor * stretch[c]);
                    }
                    lexical += weights[c] * best;
                    own += weights[c] * direct;
                    if (concept.IsName) { nameWeight += weights[c]; if (best > 0) names += weights[c]; }
                    // A section headed by a name the question uses ("ITALY (...)") is where that name's facts are.
                    if (concept.IsName && memo.Match(analysis.Heading, c) > 0) section = SectionBonus;
                    // "Which partners ...?" under a heading "Partners": the section is the list asked for.
                    if (concept.IsFocus && question.Kind is AnswerKind.Who or AnswerKind.Name && memo.Match(analysis.Heading, c) > 0) section = listSection = SectionBonus;
                    if (concept.IsFocus && direct == 0) focusFound = false;
                }
                lexical /= totalWeight;
                own /= totalWeight;
                names = nameWeight > 0 ? names / nameWeight : 1;

                var unit = passage.Units[u];
                var type = question.Kind == AnswerKind.Any ? 0 : analysis.Strength(question.Kind, u);
                // "Which countries ...?" is answered best by a sentence that names several.
                if (asksForCountries && CountryCount(units[u]) is var countries and >= 2) type = Math.Max(type, countries >= 3 ? 1.0 : 0.85);
                // A list answers "which ...", "who ..." questions by its nature.
                if (unit.IsList && question.Kind is AnswerKind.Name or AnswerKind.Who) type = Math.Max(type, 0.7);
                // A count without the thing counted answers nothing; a pick without it is weaker.
                if (!focusFound) type = question.Kind == AnswerKind.Count ? 0 : type * 0.5;
                var edgeBonus = question.Edge != PeriodEdge.None && type > 0 ? EdgeBonus(question.Edge, analysis, u) : 0;
                var score = lexical + edgeBonus + section + PhraseBonus(question, units[u]);
                if (question.Kind != AnswerKind.Any) score += type > 0 ? 0.3 * type : -0.15;
                // In the reader's language first; with no document in it, English is the one most readers share.
                if (passage.Language == question.Language) score += 0.08;
                else if (passage.Language == "en") score += 0.04;
                score += 0.1 * passage.Score / bestRetrieval;
                if (preferredDocuments.Contains(passage.Path)) score += 0.05;
                var words = units[u].Count;
                // Long sentences hide their answer; a long list of names is the answer to "which ...?".
                if (words > 30 && !(unit.IsList && question.Kind is AnswerKind.Who or AnswerKind.Name)) score -= words > 48 ? 0.1 : 0.05;
                // Evidence besides the words: the start or end asked for, or the list of names under the heading asked for.
                var evidence = edgeBonus > 0 || listSection > 0 && unit.IsList && type > 0;
                scored.Add(new ScoredUnit(passage, u, unit, units[u], lexical, own, type, names, evidence, score));
            }
        }
        return scored;
    }

    private static int CountryCount(TermSet unit) => unit.Stems.Count(s => s == Text.Countries.Marker);

    // Concepts that follow each other in the question and in the sentence ("internationalization of SMEs") say more
    // than the same words scattered.
    private static double PhraseBonus(AnalyzedQuestion question, TermSet unit)
    {
        var bonus = 0.0;
        for (var c = 0; c + 1 < question.Concepts.Count; c++)
        {
            var first = unit.Position(question.Concepts[c]);
            var second = first < 0 ? -1 : unit.Position(question.Concepts[c + 1]);
            if (first >= 0 && second > first && second - first <= 2) bonus += 0.05;
        }
        return Math.Min(bonus, 0.15);
    }

    private static List<(TermSet Terms, double Factor)> Around(
        TermSet[] units, int u, TermSet[] previous, TermSet[] next, IReadOnlyList<Documents.Unit> raw, TermSet passageTopic)
    {
        var around = new List<(TermSet, double)>(8);
        for (var d = 1; d <= Before.Length; d++)
        {
            if (u - d >= 0) around.Add((units[u - d], Before[d - 1]));
            else if (previous.Length + u - d >= 0) around.Add((previous[previous.Length + u - d], Before[d - 1]));
        }
        for (var d = 1; d <= After.Length; d++)
        {
            if (u + d < units.Length) around.Add((units[u + d], After[d - 1]));
            else if (u + d - units.Length < next.Length) around.Add((next[u + d - units.Length], After[d - 1]));
        }
        // The opening of the block this sentence is in: after the last list before it, or where the passage's block began.
        var lastList = -1;
        for (var i = u - 1; i >= 0; i--) if (raw[i].IsList) { lastList = i; break; }
        if (lastList >= 0) { for (var i = lastList + 1; i < Math.Min(u, lastList + 3); i++) around.Add((units[i], TopicFactor)); }
        else if (passageTopic.Count > 0) around.Add((passageTopic, TopicFactor));
        else for (var i = 0; i < Math.Min(u, 2); i++) around.Add((units[i], TopicFactor));
        return around;
    }

    // A date that says it is the other edge ("began on ..." for "when does it end?") answers the wrong question.
    private static double EdgeBonus(PeriodEdge edge, PassageAnalysis analysis, int unit)
    {
        if (analysis.IsPeriod(unit)) return 0.25;
        var folded = analysis.Folded[unit];
        if (edge == PeriodEdge.Span) return AnswerTypes.IsDuration(folded) ? 0.25 : 0;
        var padded = Cues.Pad(folded, " :;,.()");
        var asked = Cues.Has(padded, edge == PeriodEdge.Start ? Cues.Start : Cues.End);
        var other = Cues.Has(padded, edge == PeriodEdge.Start ? Cues.End : Cues.Start);
        // Any other date is only a date somewhere in the story.
        return asked ? 0.15 : other ? -0.2 : -0.1;
    }

    // Each sentence is matched against the same concepts many times (as itself and as a neighbour of others).
    private sealed class MatchMemo(IReadOnlyList<Concept> concepts)
    {
        private readonly Dictionary<TermSet, double>[] known = concepts.Select(_ => new Dictionary<TermSet, double>(ReferenceEqualityComparer.Instance)).ToArray();

        public double Match(TermSet set, int concept)
        {
            if (known[concept].TryGetValue(set, out var value)) return value;
            return known[concept][set] = set.Match(concepts[concept]);
        }
    }
}
