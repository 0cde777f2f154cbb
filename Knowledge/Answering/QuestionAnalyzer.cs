using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// Reads a question: its language, what kind of answer it wants, and the concepts it is about (question words,
// stop words and period cues removed; acronyms expanded).
public static class QuestionAnalyzer
{
    public static AnalyzedQuestion Analyze(string text, string? languageHint)
    {
        var language = LanguageDetector.Detect(text, languageHint);
        var tokens = Tokenizer.Scan(text);
        var folded = " " + string.Join(" ", tokens.Select(t => TextFolding.Fold(text.AsSpan(t.Start, t.End - t.Start)))) + " ";

        var kind = KindOf(folded);
        var edge = Cues.Has(folded, Cues.Start) ? PeriodEdge.Start : Cues.Has(folded, Cues.End) ? PeriodEdge.End : PeriodEdge.None;
        if (kind is not AnswerKind.Date) edge = PeriodEdge.None;

        var concepts = new List<Concept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var word = TextFolding.Fold(text.AsSpan(token.Start, token.End - token.Start));
            if (token.Kind == TokenKind.Word && StopWords.IsStopWord(token.Text, language)) continue;
            if (token.Kind == TokenKind.Unit) continue;
            if (edge != PeriodEdge.None && (Cues.Has(" " + word + " ", Cues.Start) || Cues.Has(" " + word + " ", Cues.End))) continue;
            var isName = token.Kind is TokenKind.Proper or TokenKind.Number;
            var stem = isName ? token.Text : Stemmer.Stem(token.Text, language);
            if (!seen.Add(stem)) continue;
            var searchTerm = isName || language == "en" ? token.Text : stem;
            var emphasis = Cues.Has(" " + word + " ", Cues.Amount) || Cues.Has(" " + word + " ", Cues.WhoNouns) ? 0.5 : 1.0;
            concepts.Add(new Concept(token.Text, [[stem]], [searchTerm], isName, emphasis));
        }
        Expand(concepts, tokens, language);

        var continues = Cues.Continuation.TryGetValue(language, out var continuation) && Cues.StartsWith(folded, continuation);
        var pointsBack = Cues.Anaphora.TryGetValue(language, out var anaphora) && Cues.Has(folded, anaphora) && !concepts.Any(c => c.IsName);
        return new AnalyzedQuestion(text, language, kind, edge, concepts, continues || pointsBack || concepts.Count == 0);
    }

    private static AnswerKind KindOf(string folded)
    {
        if (Cues.Has(folded, Cues.Count)) return AnswerKind.Count;
        if (Cues.Has(folded, Cues.Share)) return AnswerKind.Quantity;
        if (Cues.Has(folded, Cues.Date)) return AnswerKind.Date;
        if (Cues.Has(folded, Cues.Amount)) return AnswerKind.Amount;
        if (Cues.Has(folded, Cues.Quantity)) return AnswerKind.Quantity;
        if (Cues.Has(folded, Cues.Who) || Cues.Has(folded, Cues.Which) && Cues.Has(folded, Cues.WhoNouns)) return AnswerKind.Who;
        if (Cues.Has(folded, Cues.Place)) return AnswerKind.Place;
        if (Cues.Has(folded, Cues.Which)) return AnswerKind.Name;
        return AnswerKind.Any;
    }

    // An acronym gains its long forms; a long form written out gains its acronym.
    private static void Expand(List<Concept> concepts, List<Token> tokens, string language)
    {
        foreach (var (acronym, longForms) in Glossary.Entries)
        {
            var index = concepts.FindIndex(c => c.IsName && c.Alternatives[0][0] == acronym);
            var phrases = longForms.Select(f => Terms.ForMatch(f, "en")).ToList();
            if (index >= 0)
            {
                var concept = concepts[index];
                concepts[index] = concept with
                {
                    Alternatives = [.. concept.Alternatives, .. phrases],
                    SearchTerms = [.. concept.SearchTerms, .. longForms.SelectMany(f => Terms.ForIndex(f, "en").Split(' ')).Distinct()],
                };
                continue;
            }
            foreach (var phrase in phrases)
            {
                var positions = phrase.Select(stem => concepts.FindIndex(c => c.Alternatives[0].Count == 1 && c.Alternatives[0][0] == stem)).ToList();
                if (phrase.Count < 2 || positions.Any(p => p < 0)) continue;
                var merged = new Concept(string.Join(" ", positions.Select(p => concepts[p].Word)), [phrase, [acronym]],
                    [.. positions.SelectMany(p => concepts[p].SearchTerms), acronym], false, 1.2);
                foreach (var p in positions.OrderDescending()) concepts.RemoveAt(p);
                concepts.Add(merged);
                break;
            }
        }
    }
}
