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
        var edge = Cues.Has(folded, Cues.Span) ? PeriodEdge.Span : Cues.Has(folded, Cues.Start) ? PeriodEdge.Start : Cues.Has(folded, Cues.End) ? PeriodEdge.End : PeriodEdge.None;
        if (edge == PeriodEdge.Span) kind = AnswerKind.Date;
        if (kind is not AnswerKind.Date) edge = PeriodEdge.None;
        else if (edge == PeriodEdge.None && Cues.Has(folded, Cues.SpanVerbs)) edge = PeriodEdge.Span;
        var focusAfter = FocusStart(folded, kind);
        var cueWords = CueWords(folded, edge);

        var concepts = new List<Concept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var word = TextFolding.Fold(text.AsSpan(token.Start, token.End - token.Start));
            if (token.Kind == TokenKind.Word && StopWords.IsStopWord(token.Text, language)) continue;
            if (token.Kind == TokenKind.Unit || token.Kind == TokenKind.Word && token.Text.Length == 1) continue;
            if (cueWords.Contains(t)) continue;
            // Capitalised inside the question ("in Leeuwarden"): a name, as much as an acronym is.
            var isName = token.Kind is TokenKind.Proper or TokenKind.Number || t > 0 && char.IsUpper(text[token.Start]);
            var stem = isName ? token.Text : Stemmer.Stem(token.Text, language);
            if (!seen.Add(stem)) continue;
            var searchTerm = isName || language == "en" ? token.Text : stem;
            var emphasis = Cues.Has(" " + word + " ", Cues.Amount) || Cues.Has(" " + word + " ", Cues.WhoNouns) ? 0.5 : 1.0;
            // The thing picked is a common noun: "which *Polish* partners" picks partners.
            var isFocus = focusAfter >= 0 && t >= focusAfter && !concepts.Any(c => c.IsFocus) && (kind == AnswerKind.Count || !isName);
            concepts.Add(new Concept(token.Text, [[stem]], [searchTerm], isName, emphasis, isFocus));
        }
        if (language == "en") VerbAfterDoSupport(concepts, folded);
        Expand(concepts, tokens, language);
        Synonyms.Expand(concepts);
        DomainWords.Translate(concepts, language);
        // "Which countries ...?": a sentence naming countries answers it, whether or not it says "country".
        for (var i = 0; i < concepts.Count; i++)
            if (!concepts[i].IsName && Countries.IsCountryWord(TextFolding.Fold(concepts[i].Word)))
                concepts[i] = concepts[i] with { Alternatives = [.. concepts[i].Alternatives, [Countries.Marker]] };

        var continues = Cues.Continuation.TryGetValue(language, out var continuation) && Cues.StartsWith(folded, continuation);
        var pointsBack = Cues.Anaphora.TryGetValue(language, out var anaphora) && Cues.Has(folded, anaphora) && !concepts.Any(c => c.IsName);
        return new AnalyzedQuestion(text, language, kind, edge, concepts, continues || pointsBack || concepts.Count == 0);
    }

    // "What does Deepgrooves produce?": after do-support the last word is the verb, which documents phrase in many
    // ways ("presses", "makes"); the subject carries the question.
    private static void VerbAfterDoSupport(List<Concept> concepts, string folded)
    {
        if (concepts.Count < 2 || !(folded.Contains(" does ") || folded.Contains(" do ") || folded.Contains(" did "))) return;
        var last = concepts[^1];
        if (!last.IsName && !last.IsFocus && folded.TrimEnd().EndsWith(" " + last.Word, StringComparison.Ordinal))
            concepts[^1] = last with { Emphasis = last.Emphasis * 0.5 };
    }

    // Words that only say what is asked ("how long", "since when", "started"), not what about.
    private static HashSet<int> CueWords(string folded, PeriodEdge edge)
    {
        var lists = new List<string[]> { Cues.Date, Cues.Count, Cues.Quantity, Cues.Share, Cues.Who, Cues.Place, Cues.Contact };
        if (edge != PeriodEdge.None) lists.AddRange([Cues.Start, Cues.End, Cues.Span, Cues.SpanVerbs]);
        var covered = new HashSet<int>();
        foreach (var cue in lists.SelectMany(l => l))
        {
            for (var at = folded.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                var first = folded[..(at + 1)].Count(c => c == ' ') - 1;
                var count = cue.Trim().Count(c => c == ' ') + 1;
                for (var i = 0; i < count; i++) covered.Add(first + i);
            }
        }
        return covered;
    }

    // The focus is the first concept after "how many" (or "which" for a pick): the word index where it may start.
    private static int FocusStart(string folded, AnswerKind kind)
    {
        var cues = kind switch { AnswerKind.Count => Cues.Count, AnswerKind.Who or AnswerKind.Name => Cues.Which, _ => null };
        if (cues is null) return -1;
        var best = -1;
        foreach (var cue in cues)
        {
            var at = folded.IndexOf(cue, StringComparison.Ordinal);
            if (at < 0) continue;
            var wordsBefore = folded[..(at + cue.Length)].Count(c => c == ' ') - 1;
            if (best < 0 || wordsBefore < best) best = wordsBefore;
        }
        return best;
    }

    private static AnswerKind KindOf(string folded)
    {
        if (Cues.Has(folded, Cues.Contact)) return AnswerKind.Contact;
        if (Cues.Has(folded, Cues.Count)) return AnswerKind.Count;
        if (Cues.Has(folded, Cues.Share)) return AnswerKind.Share;
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
                    // Domain vocabulary, not a proper name the answer must repeat.
                    IsName = false,
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
