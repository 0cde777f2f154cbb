using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// Reads a question: its language, what kind of answer it wants (by its question words, Data/question-words.json),
// how it qualifies that answer, and the concepts it is about (question words and stop words removed, acronyms
// joined with their long forms and their partner-language forms).
public static class QuestionAnalyzer
{
    private const int OpeningWords = 3;
    private static readonly Cue[] Qualifying = [Cue.Maximum, Cue.Minimum, Cue.Average, Cue.Each];
    private static readonly Cue[] Contacts = [Cue.Phone, Cue.Email, Cue.Web];

    public static AnalyzedQuestion Analyze(string text, string? languageHint)
    {
        var language = LanguageDetector.Detect(text, languageHint);
        // The question's words are read in its language, the reader's (the detector knows only the partner
        // languages) and English, which questions borrow from.
        var languages = new[] { language, languageHint ?? "en", "en" }.Distinct().ToArray();
        var words = FoldedWords.Of(text);
        var cues = QuestionWords.Find(words.Select(w => w.Text).ToList(), languages);
        // A question word written as part of a name is the name ("NORDIC WEB LINK", "the Contact Desk"), not a question.
        cues.RemoveAll(c => words.Skip(c.Start).Take(c.Length).Any(w => WrittenAsName(text, w, language)));
        // "Can you tell me which ...": the question opens after the words that only put it.
        var opens = 0;
        while (cues.Find(c => c.Cue == Cue.Phrasing && c.Start == opens) is { Length: > 0 } put) opens += put.Length;
        // "Which", "who" and "where" ask for a name when they open the question ("To which ports ...?"), not inside one
        // ("How do the ports choose which ships ...?"); a sum of money is asked for when the question opens with it
        // ("What is the budget ...?"), not when it is mentioned ("Did the loan fund attract more firms ...?").
        // The same holds for "when" ("... lack when it comes to training staff?" asks no date), and a measure
        // word in English is asked for only as the head of its phrase ("the budget of", not "funding calls"), or as the
        // verb that ends a question after its subject ("what did the study visit cost?").
        cues.RemoveAll(c => c.Cue is Cue.Which or Cue.Who or Cue.Place or Cue.Date or Cue.Span && c.Start - opens > OpeningWords
            || c.Cue == Cue.Measure && (c.Start - opens > OpeningWords + 1 || language == "en" && ModifiesNext(words, c.Start + c.Length))
                && !(language == "en" && EndsWithVerb(words, c)));
        // "The phone number of ...": its "number of" belongs to the contact asked for, not to a count.
        cues.RemoveAll(c => c.Cue == Cue.Count && cues.Exists(o => Contacts.Contains(o.Cue) && c.Start < o.Start + o.Length && o.Start < c.Start + c.Length));
        bool Has(Cue cue) => cues.Exists(c => c.Cue == cue);

        var (kind, edge) = KindOf(Has);
        // "Has interest grown or shrunk ...?": a yes/no question about a rise or fall asks which way it went, whether of a
        // number or a sum ("did the number of applicants go down?") or of anything else.
        var asksChange = kind is AnswerKind.Any or AnswerKind.Count or AnswerKind.Amount or AnswerKind.Quantity or AnswerKind.Share
            && Has(Cue.Trend) && cues.Exists(c => c.Cue == Cue.Auxiliary && c.Start == opens);
        if (asksChange) (kind, edge) = (AnswerKind.Any, PeriodEdge.None);
        var qualifiers = Qualifying.Where(Has).ToHashSet();
        if (kind is not (AnswerKind.Amount or AnswerKind.Quantity or AnswerKind.Count or AnswerKind.Share)) qualifiers.Clear();
        // "The email address": a phone number is not what is asked.
        if (kind == AnswerKind.Contact) qualifiers.UnionWith(Contacts.Where(Has));

        // The characters the question words stand on: their tokens say what is asked, not what about.
        var asking = new List<(int Start, int End)>();
        foreach (var cue in cues)
        {
            if (cue.Cue is Cue.Measure or Cue.Continues or Cue.PointsBack or Cue.Manner or Cue.Means or Cue.Cause or Cue.Change or Cue.Auxiliary) continue;
            if (cue.Cue == Cue.Trend && !asksChange) continue;
            if (cue.Cue is Cue.Start or Cue.End && kind != AnswerKind.Date) continue;
            asking.Add((words[cue.Start].Start, words[cue.Start + cue.Length - 1].End));
        }
        // The thing counted or picked follows "how many" or "which"; "who" is followed by what they did.
        var focusFrom = kind is AnswerKind.Count or AnswerKind.Quantity or AnswerKind.Who or AnswerKind.Name
            ? cues.Where(c => c.Cue is Cue.Count or Cue.Quantity or Cue.Which).Select(c => words[c.Start + c.Length - 1].End).DefaultIfEmpty(-1).Min()
            : -1;

        var concepts = new List<Concept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tokens = Tokenizer.Scan(text);
        var nameEnd = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var joinable = nameEnd;
            nameEnd = -1;
            if (token.Kind == TokenKind.Word && (token.Text.Length == 1 || StopWords.IsStopWord(token.Text, language))) continue;
            if (token.Kind == TokenKind.Unit || asking.Exists(a => token.Start < a.End && a.Start < token.End)) continue;
            var isName = token.Kind is TokenKind.Proper or TokenKind.Number
                // Capitalised inside the question ("in Leeuwarden"); German capitalises every noun.
                || language != "de" && t > 0 && char.IsUpper(text[token.Start]) && !IsSentenceStart(text, token.Start);
            var stem = isName ? token.Text : Terms.StemOf(text, token, language);
            if (!seen.Add(stem)) continue;
            var searchTerm = isName || language == "en" ? token.Text : stem;
            var isFocus = focusFrom >= 0 && token.Start >= focusFrom && !concepts.Exists(c => c.IsFocus) && (kind is AnswerKind.Count or AnswerKind.Quantity || !isName);
            var surface = TextFolding.Fold(text.AsSpan(token.Start, token.End - token.Start));
            // Words of one name stand next to each other, apart only by spaces ("Austria-Hungary" names two countries); a
            // number ("Action 2") is a name of its own. A country may end a name ("Programa Eslovenia"), but what follows
            // a country's adjective is a name of its own ("the Polish BALTIC BRIDGE action").
            var partOfName = isName && token.Kind != TokenKind.Number;
            var joins = partOfName && joinable >= 0 && text.AsSpan(joinable, token.Start - joinable).IsWhiteSpace();
            if (partOfName && !(Countries.IsCountry(token.Text) && token.Text != surface && !joins)) nameEnd = token.End;
            concepts.Add(new Concept(token.Text, [[stem]], [searchTerm], isName, 1.0, isFocus) { Surface = surface, JoinsPrevious = joins });
        }
        if (language == "en") VerbAfterDoSupport(concepts, words);
        if (language == "en" && kind is AnswerKind.Who or AnswerKind.Name) HeadOfPicked(concepts, words, cues);
        ExpandAcronyms(concepts, language);
        // "Which countries ...?": a sentence naming countries answers it, whether or not it says "country".
        for (var i = 0; i < concepts.Count; i++)
            if (!concepts[i].IsName && Countries.IsCountryWord(TextFolding.Fold(concepts[i].Word)))
                concepts[i] = concepts[i] with { Alternatives = [.. concepts[i].Alternatives, [Countries.Marker]] };

        var opening = cues.Exists(c => c.Cue == Cue.Continues && c.Start == 0);
        var pointsBack = Has(Cue.PointsBack) && !concepts.Exists(c => c.IsName);
        return new AnalyzedQuestion(text, language, kind, edge, concepts, opening || pointsBack || concepts.Count == 0)
        {
            Qualifiers = qualifiers,
            AsksMeasure = kind == AnswerKind.Amount && Has(Cue.Measure) && !Has(Cue.Amount),
            AsksManner = kind == AnswerKind.Any && cues.Exists(c => c.Cue == Cue.Manner && c.Start == opens),
            AsksReason = kind == AnswerKind.Any && cues.Exists(c => c.Cue == Cue.Reason && c.Start == opens),
            AsksChange = asksChange,
        };
    }

    // "What did the visit cost?": a what-question with do-support ends in its verb, in its plain form, right after its
    // subject ("... want to add to the grants?" ends in a noun).
    private static bool EndsWithVerb(List<FoldedWord> words, CueMatch cue)
    {
        var last = words[^1].Text;
        return cue.Start + cue.Length == words.Count && cue.Start > 0 && words[0].Text == "what" && HasDoSupport(words)
            && !StopWords.IsStopWord(words[cue.Start - 1].Text, "en") && Stemmer.Stem(last, "en") == last;
    }

    private static bool HasDoSupport(List<FoldedWord> words) => words.Exists(w => w.Text is "do" or "does" or "did");

    // "What does the agency offer?": after do-support the last word is the verb, which documents phrase in many
    // ways ("presses", "makes"); the subject carries the question.
    private static void VerbAfterDoSupport(List<Concept> concepts, List<FoldedWord> words)
    {
        if (concepts.Count < 2 || words.Count < 3 || !HasDoSupport(words)) return;
        var last = concepts[^1];
        if (!last.IsName && !last.IsFocus && last.Surface == words[^1].Text) concepts[^1] = last with { Emphasis = last.Emphasis * 0.5 };
    }

    // "Which public bodies did ...?": an English phrase ends in its head, the word right before the verb its subject
    // stands before; the words ahead of it qualify the thing picked. All of them are marked: the scorer takes the head,
    // or the last qualifier the documents use when they never use the head ("which record maker").
    private static void HeadOfPicked(List<Concept> concepts, List<FoldedWord> words, List<CueMatch> cues)
    {
        var focus = concepts.FindIndex(c => c.IsFocus);
        var at = focus < 0 ? -1 : words.FindIndex(w => w.Text == concepts[focus].Surface);
        if (at < 0) return;
        var head = focus;
        while (head + 1 < concepts.Count && !concepts[head + 1].IsName && at + head + 1 - focus < words.Count
               && words[at + head + 1 - focus].Text == concepts[head + 1].Surface) head++;
        if (head == focus || !cues.Exists(c => c.Cue == Cue.Auxiliary && c.Start == at + head - focus + 1)) return;
        for (var c = focus + 1; c <= head; c++) concepts[c] = concepts[c] with { IsFocus = true };
    }

    // The question words decide; a sum named by what it is ("the budget") only when they ask nothing more precise. A
    // contact word asks for a contact unless a number or a date is asked for: "how many applications did the call receive"
    // asks for a count, and its call is a funding call.
    private static (AnswerKind Kind, PeriodEdge Edge) KindOf(Func<Cue, bool> has)
    {
        var contact = has(Cue.Contact) || has(Cue.Phone) || has(Cue.Email) || has(Cue.Web);
        if (contact && !(has(Cue.Count) || has(Cue.Share) || has(Cue.Span) || has(Cue.Date) || has(Cue.Amount) || has(Cue.Quantity)))
            return (AnswerKind.Contact, PeriodEdge.None);
        if (has(Cue.Count)) return (AnswerKind.Count, PeriodEdge.None);
        if (has(Cue.Share)) return (AnswerKind.Share, PeriodEdge.None);
        if (has(Cue.Span)) return (AnswerKind.Date, PeriodEdge.Span);
        if (has(Cue.Date)) return (AnswerKind.Date, has(Cue.Start) ? PeriodEdge.Start : has(Cue.End) ? PeriodEdge.End : PeriodEdge.None);
        if (has(Cue.Amount)) return (AnswerKind.Amount, PeriodEdge.None);
        if (has(Cue.Quantity)) return (has(Cue.Measure) ? AnswerKind.Amount : AnswerKind.Quantity, PeriodEdge.None);
        if (has(Cue.Measure)) return (AnswerKind.Amount, PeriodEdge.None);
        if (has(Cue.Who)) return (AnswerKind.Who, PeriodEdge.None);
        if (has(Cue.Place)) return (AnswerKind.Place, PeriodEdge.None);
        if (has(Cue.Which)) return (AnswerKind.Name, PeriodEdge.None);
        return (AnswerKind.Any, PeriodEdge.None);
    }

    // An English noun before another content word qualifies it ("funding calls", "loan fund").
    internal static bool ModifiesNext(List<FoldedWord> words, int next) =>
        next < words.Count && !StopWords.IsStopWord(words[next].Text, "en") && !words[next].Text.All(char.IsAsciiDigit);

    // Capitalised inside the sentence (German capitalises every noun: there only a word in capitals), or in capitals in a
    // question that is not written in capitals throughout.
    private static bool WrittenAsName(string text, FoldedWord word, string language)
    {
        var written = text.AsSpan(word.Start, word.End - word.Start);
        var capitals = written.Length > 1 && !written.ContainsAnyInRange('a', 'z') && written.ContainsAnyInRange('A', 'Z') && text.Any(char.IsLower);
        return capitals || language != "de" && char.IsUpper(written[0]) && !IsSentenceStart(text, word.Start);
    }

    private static bool IsSentenceStart(string text, int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '„' or '«' or '(' or '¿' or '¡') continue;
            return text[i] is '.' or '!' or '?' or ':' or '\n';
        }
        return true;
    }

    // An acronym gains its long forms and its partner-language forms; a long form written out joins into one concept.
    private static void ExpandAcronyms(List<Concept> concepts, string language)
    {
        foreach (var entry in Expansions)
        {
            var index = concepts.FindIndex(c => entry.Forms.Any(form => form.Length == 1 && form[0] == c.Surface));
            if (index >= 0)
            {
                // Domain vocabulary, not a proper name the answer must repeat.
                concepts[index] = concepts[index] with
                {
                    Alternatives = [.. concepts[index].Alternatives, .. entry.Phrases], IsName = false, SearchTerms = [.. concepts[index].SearchTerms, .. entry.SearchTerms],
                };
                continue;
            }
            foreach (var (form, stems) in entry.Written)
            {
                var positions = form.Select((word, w) => concepts.FindIndex(c => c.Surface == word || c.Alternatives[0][0] == stems[w])).ToList();
                if (positions.Any(p => p < 0) || positions.Zip(positions.Skip(1)).Any(p => p.Second != p.First + 1)) continue;
                // The thing counted or picked stays so when its words are a long form ("how many small firms").
                var merged = new Concept(string.Join(" ", positions.Select(p => concepts[p].Word)), [.. entry.Phrases], [.. entry.SearchTerms], false,
                    IsFocus: positions.Exists(p => concepts[p].IsFocus)) { Surface = string.Join(" ", form) };
                foreach (var p in positions.OrderDescending()) concepts.RemoveAt(p);
                concepts.Insert(positions.Min(), merged);
                break;
            }
        }
    }

    // Each glossary entry analysed once: its forms as sentences match them, its search terms, and its long forms'
    // content words (two or more) with their stems, as a question may write them out.
    private sealed record Expansion(string[][] Forms, IReadOnlyList<string>[] Phrases, string[] SearchTerms, (string[] Form, string[] Stems)[] Written);

    private static readonly Expansion[] Expansions = [.. Glossary.Entries.Select(entry => new Expansion(entry,
        [.. entry.Select(form => (IReadOnlyList<string>)Terms.ForMatch(string.Join(' ', form), "en")).Where(p => p.Count > 0)],
        [.. entry.SelectMany(form => Terms.ForIndex(string.Join(' ', form), "en").Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct()],
        [.. entry.Select(f => f.Where(w => !StopWords.IsStopWord(w, "en")).ToArray()).Where(f => f.Length >= 2)
            .Select(f => (f, f.Select(w => Stemmer.Stem(w, "en")).ToArray()))]))];
}
