using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// Second stage: judges every unit (sentence, list, field line) of the retrieved passages as an answer. A unit is
// Acceptable only when it holds what is asked, not when it merely scores well:
// - the kind of answer asked for (a date, a sum, a share, a count, a name, a contact), qualified as asked;
// - the thing asked about: each name of the question in the unit or what it stands under (the units just before,
//   its heading, its document), with no other name nearer to the unit as its subject;
// - the thing counted, picked or measured ("how many *rounds*", "which *agency*", "the *budget*") in the unit itself
//   (or in the unit it points back to: "83 of them");
// - for any other question, most of its words in the unit itself.
// Words the documents do not know count neither way, unless most of an English question is such words.
// Among acceptable units the score (the question's words found in and around the unit, the kind's clarity, the
// retrieval's rank) picks the answer.
public static class UnitScorer
{
    // A concept found around a unit counts less than one in it: in the unit it points back to, in the two units before,
    // in its document's title or the names the document repeats (where a name still counts well).
    private const double Pointed = 0.95;
    private const double Near = 0.7;
    private const double InDocument = 0.5;
    private const double NameInDocument = 0.8;
    private const double InSection = 0.5;
    private const double MostNames = 0.5;
    // How far from the unit the question's names were found: in it (0), just before it (1), in the list that closes its
    // section (2: "Which partners are working on this? ...") or elsewhere in its section or document (3).
    private const int InClosingList = 2;
    // Any other question: the share of its known words the unit itself must hold.
    private const double OwnShare = 0.5;
    // How clearly a list under the word asked for answers "which ...?" (a sentence naming two things: 1).
    private const double ListAnswer = 1.3;

    public static List<ScoredUnit> Score(
        AnalyzedQuestion question, Vocabulary vocabulary, IReadOnlyList<PassageHit> passages, IReadOnlySet<string> preferredDocuments, AnalysisCache analyses)
    {
        var scored = new List<ScoredUnit>();
        var concepts = question.Concepts;
        if (concepts.Count == 0 || passages.Count == 0) return scored;
        var byPosition = passages.ToDictionary(p => (p.DocumentId, p.Ordinal));
        var memo = new MatchMemo(concepts, vocabulary);
        var analysed = new Dictionary<long, PassageAnalysis>(passages.Count);
        PassageAnalysis Analyse(PassageHit hit) => analysed.TryGetValue(hit.Id, out var known) ? known : analysed[hit.Id] = analyses.Of(hit);
        var bestRetrieval = Math.Max(1e-9, passages.Max(p => p.Score));
        var questionNames = concepts.SelectMany(c => c.Alternatives.SelectMany(a => a).Append(c.Surface)).ToHashSet(StringComparer.Ordinal);

        // Which concepts the retrieved text knows at all (a partner-language word may match only by its spelling).
        // A word known only by its spelling is as telling as the documents' word it is spelled like: "projektu" is
        // "project", which many passages use.
        var seen = new bool[concepts.Count];
        var spelledAs = new string?[concepts.Count];
        foreach (var passage in passages)
        {
            var analysis = Analyse(passage);
            for (var c = 0; c < concepts.Count; c++)
            {
                if (seen[c]) continue;
                var set = analysis.Units.Append(analysis.Heading).FirstOrDefault(set => memo.Match(set, c) > 0);
                if (set is null) continue;
                seen[c] = true;
                if (vocabulary.Frequency[c] == 0 && set.Match(concepts[c]) == 0) spelledAs[c] = set.SpelledLike(concepts[c]);
            }
        }
        var known = concepts.Select((_, c) => vocabulary.Frequency[c] > 0 || seen[c]).ToArray();
        var telling = concepts.Select((concept, c) => vocabulary.IsDistinctive(spelledAs[c] ?? concept.SearchTerms[0])).ToArray();
        var weight = concepts.Select((concept, c) => known[c] ? vocabulary.Weight[c] : 0).ToArray();
        var plain = Enumerable.Range(0, concepts.Count).Where(c => !concepts[c].IsName).ToList();
        // Most of an English question unknown to the documents ("who is the best chess player alive?"): not about them.
        if (vocabulary.SameLanguage && plain.Count >= 2 && plain.Count(c => !known[c]) * 2 > plain.Count) return scored;
        // The thing picked: the last word of its phrase the documents use ("public *bodies*", "*record* maker").
        var picked = Enumerable.Range(0, concepts.Count).Where(c => concepts[c].IsFocus).ToList();
        var focus = picked.Count == 0 ? -1 : picked.LastOrDefault(c => known[c], picked[0]);
        // How many of its plain words the retrieved text knows (in their form or by their spelling).
        var fullPlain = plain.Where(c => known[c] && concepts[c].Emphasis >= 1).ToList();
        var knownPlain = fullPlain.Count;
        var hasWeakPlain = plain.Exists(c => known[c] && concepts[c].Emphasis < 1);
        // The thing counted or picked is a word the documents never use ("how many ships"): they do not say.
        if (focus >= 0 && !known[focus] && vocabulary.SameLanguage) return scored;
        var groups = NameGroups(concepts, known, vocabulary.SameLanguage);
        // "Which countries ...?": the countries a unit names answer it, not the word "country".
        var asksCountries = focus >= 0 && concepts[focus].Alternatives.Any(a => a.Count == 1 && a[0] == Countries.Marker);
        var nameFound = new bool[concepts.Count];
        var owner = question.Kind == AnswerKind.Amount ? OwnerOfMeasure(question) : [];
        var (role, roleOwner, roleLink) = RoleOf(question);

        foreach (var passage in passages)
        {
            var analysis = Analyse(passage);
            var document = analyses.DocumentOf(passage);
            var units = analysis.Units;
            // A passage under another heading is another section: its units are neither before this one nor beside it.
            var previous = byPosition.TryGetValue((passage.DocumentId, passage.Ordinal - 1), out var p) && p.Heading == passage.Heading ? Analyse(p) : null;
            var next = byPosition.TryGetValue((passage.DocumentId, passage.Ordinal + 1), out var n) && n.Heading == passage.Heading ? Analyse(n) : null;
            // The units of a section share it: by its first unit.
            var sections = new Dictionary<int, SectionTerms>();
            for (var u = 0; u < units.Length; u++)
            {
                // Worked out only for a name not found in or just before the unit.
                SectionTerms? around = null;
                var unitIndex = u;
                SectionTerms Around() => around ??= sections.TryGetValue(analysis.Sections[unitIndex].First, out var shared)
                    ? shared : sections[analysis.Sections[unitIndex].First] = Section(analysis, previous, next, unitIndex);
                var unit = passage.Units[u];
                var before = Before(analysis, previous, u);
                var pointed = analysis.RefersBack[u] && before.Count > 0 ? before[0] : null;
                double lexical = 0, own = 0, total = 0, plainIn = 0, plainTotal = 0, fullIn = 0, fullTotal = 0;
                int names = 0, namesIn = 0;
                var missingElsewhere = false;
                var nameLevel = 0;
                var plainOwn = 0;
                var tellingOwn = 0;
                var focusFound = focus < 0;
                for (var c = 0; c < concepts.Count; c++)
                {
                    if (!known[c]) continue;
                    var concept = concepts[c];
                    // A unit says what its section's heading says ("ITALY (...)": its actions are Italy's).
                    var inUnit = Math.Max(memo.Match(units[u], c), memo.Match(analysis.Heading, c));
                    if (pointed is not null) inUnit = Math.Max(inUnit, Pointed * memo.Match(pointed.Terms, c));
                    var near = Near * Math.Max(memo.Match(analysis.Topic, c), before.Select(b => memo.Match(b.Terms, c)).DefaultIfEmpty(0).Max());
                    // A name in the document's title: the whole document is about it.
                    var inDocument = concept.IsName
                        ? Math.Max(memo.Match(document.Title, c), NameInDocument * memo.Match(document.Context, c))
                        : InDocument * Math.Max(memo.Match(document.Title, c), memo.Match(document.Context, c));
                    // A name anywhere in the unit's section says what the section is about.
                    var inSection = concept.IsName && inUnit == 0 && near == 0 ? InSection * Around().Section.Select(set => memo.Match(set, c)).DefaultIfEmpty(0).Max() : 0;
                    var found = Math.Max(Math.Max(inUnit, near), Math.Max(inDocument, inSection));
                    var inClosingList = inSection > 0 && Around().Closing is { } list && memo.Match(list, c) > 0;
                    lexical += weight[c] * found;
                    own += weight[c] * inUnit;
                    total += weight[c];
                    if (concept.IsName)
                    {
                        names++;
                        // A number names one of several ("measure 4", "Action 2"): it is the unit's own or not there at all.
                        nameFound[c] = found > 0 && (inUnit > 0 || !IsNumber(concept));
                        if (inUnit > 0 && telling[c]) tellingOwn++;
                        if (nameFound[c]) { namesIn++; nameLevel = Math.Max(nameLevel, inUnit > 0 ? 0 : near > 0 ? 1 : inClosingList ? InClosingList : 3); }
                        // A name the section next to this one gives: the question is about that section, not this one.
                        else if (Around().Aside.Any(set => memo.Match(set, c) > 0)) missingElsewhere = true;
                    }
                    else
                    {
                        plainIn += weight[c] * inUnit;
                        plainTotal += weight[c];
                        if (concept.Emphasis >= 1) { fullIn += weight[c] * inUnit; fullTotal += weight[c]; }
                        if (inUnit > 0 && concept.Emphasis >= 1) plainOwn++;
                        if (inUnit > 0 && concept.Emphasis >= 1 && telling[c]) tellingOwn++;
                    }
                    // The thing counted stands right after the number ("six project partner regions"), unless the unit points
                    // back to where it was named ("83 of them").
                    if (c == focus && inUnit > 0)
                        focusFound = question.Kind is not (AnswerKind.Count or AnswerKind.Quantity) || memo.Match(units[u], c) == 0
                            || CountsFocus(analysis, u, concept, passage.Language);
                }
                lexical /= Math.Max(1e-9, total);
                // A name of several words counts once, and is found only where its words stand together (one unit, the units
                // before it, its heading, its document): "Academy" elsewhere does not make "Harbour" the Harbour Academy.
                foreach (var group in groups)
                {
                    var knownMembers = group.Count(m => known[m]);
                    var membersIn = group.Count(m => known[m] && nameFound[m]);
                    var together = membersIn == group.Length && Together(group, [units[u], analysis.Heading], pointed?.Terms, analysis.Topic,
                        before.Select(b => b.Terms), document.Title, document.Context, () => Around().Section, memo);
                    names += 1 - knownMembers;
                    namesIn += (together ? 1 : 0) - membersIn;
                }
                // In another language the thing counted may be a word the English documents cannot show ("Ile osób ...?"):
                // the count is then taken from a unit that itself holds most of the question's other words, two at least.
                // Only for counts: a number followed by what it counts is still checked, where "which ...?" would take any name.
                if (!focusFound && question.Kind is AnswerKind.Count or AnswerKind.Quantity && !known[focus] && !vocabulary.SameLanguage
                    && plainOwn >= 2 && fullIn >= OwnShare * fullTotal) focusFound = true;
                // The question's names around the unit: all of them, or most of several when the others are not in the
                // sections next to it ("the Austria-Slovakia programme" in a section that says only "Slovak").
                var namesFound = namesIn == names || names > 1 && namesIn >= MostNames * names && !missingElsewhere;
                // What the unit itself says of the question: all its words for an open question (the name may be what it is
                // about), its plain words when a name or value is asked for (the names only say where to look).
                var ownShare = question.Kind == AnswerKind.Any ? own / Math.Max(1e-9, total) : plainTotal > 0 ? plainIn / plainTotal : 0;
                var hasPlain = knownPlain > 0;

                // An open how-question ("how do firms apply") is answered by a unit that says by what means, a why-question by
                // one that gives a cause.
                var type = question.Kind == AnswerKind.Any ? (Says(question.AsksManner, Cue.Means) || Says(question.AsksReason, Cue.Cause) || question.AsksChange && Changes(analysis, u, unit.FullText, fullPlain.Select(c => concepts[c]), passage.Language) ? 1 : 0) : Kind(question, analysis, u, questionNames, asksCountries);
                bool Says(bool asked, Cue cue) => asked && QuestionWords.Has(analysis.Words[u], cue, [passage.Language, "en"]);
                // An open question's answer says what is asked in its own words: when the name stands in the list of partners
                // closing the unit's section, only the unit's own subject competes with it. A value says nothing of its own, so
                // for it anything named nearer does.
                var competes = Competes(analysis, u, before, nameLevel, question.Kind == AnswerKind.Any && nameLevel == InClosingList, questionNames, vocabulary);
                // "Which partners ...?": a list under the word asked for is the answer by its nature; a unit naming the thing
                // picked ("a voucher for ...") may answer "which vouchers" without a proper name.
                if (focus >= 0 && focusFound && question.Kind is AnswerKind.Who or AnswerKind.Name)
                    type = unit.IsList ? ListAnswer : question.Kind == AnswerKind.Name ? Math.Max(type, 0.5) : type;
                var acceptable = namesFound && question.Kind switch
                {
                    // Only a name to go on ("the tides in <a city>" where "tides" is unknown): nothing to answer.
                    // Most of what it asks, not just its names: a name and one word of a question in another language is
                    // not enough.
                    // A line of names names things; it says nothing about them. Over a document in another language, where
                    // few of the question's words can be matched, the unit holds two of them (or the one it has).
                    AnswerKind.Any => ownShare >= OwnShare && (hasPlain ? plainOwn > 0 && fullIn >= OwnShare * fullTotal : hasWeakPlain)
                        && !analysis.IsNaming(u) && (passage.Language == question.Language || plainOwn >= Math.Min(2, knownPlain)),
                    // In another language, where the documents know few of the question's words, a name near a word found
                    // everywhere ("projekt") is not the one asked for: the unit holds the thing picked or a telling word or name.
                    AnswerKind.Who or AnswerKind.Name or AnswerKind.Place => type > 0 && focusFound && (plainOwn > 0 || focus >= 0)
                        && (vocabulary.SameLanguage || focus >= 0 && known[focus] || tellingOwn > 0)
                        && (role.Length == 0 || RoleFits(role, roleOwner, roleLink, known, concepts, memo, analysis, passage, u, before, document.Title)),
                    _ => type > 0 && focusFound && Qualified(question, analysis, u)
                        && !competes
                        && (!question.AsksMeasure || QuestionWords.Has(analysis.Words[u], Cue.Measure, QuestionWords.Languages))
                        && Edge(question, analysis, u, plainOwn > 0 || before.Any(b => plain.Any(c => known[c] && memo.Match(b.Terms, c) > 0)))
                        && (owner.Length == 0 || OwnerFits(owner, known, concepts, memo, analysis, passage, u, before, document.Title)),
                };
                // Headings name things; they answer only "which/who" questions.
                if (unit.IsHeading && question.Kind is not (AnswerKind.Who or AnswerKind.Name or AnswerKind.Place)) acceptable = false;

                // In the reader's language first; with no document in it, English, the language most readers share.
                // Closeness in meaning (when it was searched) ranks the units of the window closest to the question first.
                var score = lexical + 0.3 * type + 0.2 * ownShare + 0.1 * passage.Score / bestRetrieval + (InWindow(passage, u) ? 0.1 * passage.Semantic : 0)
                    + (passage.Language == question.Language ? 0.15 : passage.Language == "en" ? 0.05 : 0)
                    + (preferredDocuments.Contains(passage.Path) ? 0.05 : 0)
                    - (unit.IsHeading ? 0.1 : 0) - (analysis.Words[u].Length > 45 && !unit.IsList ? 0.05 : 0);
                // An open question worded unlike the documents may still be answered by this unit's meaning when the unit is
                // about what the question names (and nothing else named nearer), says something rather than naming things,
                // and holds at least one of the question's plain words.
                var describes = namesFound && !competes && !unit.IsHeading && !analysis.IsNaming(u);
                var about = describes && (plainOwn > 0 || plainTotal > 0 && plainIn > 0 || !hasPlain && !hasWeakPlain);
                // A why-question asks for a cause: only a unit that gives one answers it, and one about what the question
                // names, with one of its words, does so by what it says. The unit right before it may hold that word: a cause
                // follows what it is the cause of ("Few firms sell abroad. They name three obstacles: ...").
                // A question about a rise or fall is answered likewise only by a unit saying that something rose or fell.
                if (question.AsksReason || question.AsksChange)
                {
                    var causeOf = plainOwn > 0
                        || before.Count > 0 && fullPlain.Exists(c => memo.Match(before[0].Terms, c) > 0);
                    about = type > 0 && (about || describes && causeOf);
                    acceptable = acceptable && type > 0 || about && causeOf;
                }
                scored.Add(new ScoredUnit(passage, u, unit, units[u], lexical, ownShare, type, namesFound ? 1 : 0, acceptable, score) { About = about, PointsBack = analysis.RefersBack[u] });
            }
        }
        return scored;
    }

    // A unit's section, the units beside it, and the list that closes it, if one does.
    private sealed record SectionTerms(List<TermSet> Section, List<TermSet> Aside, TermSet? Closing);

    private static bool InWindow(PassageHit passage, int u) => passage.Window is { } window && u >= window.First && u < window.First + window.Count;

    // The question's names of several words: in another language only their words the documents know (the others
    // are words they may write otherwise), in theirs all of them.
    private static List<int[]> NameGroups(IReadOnlyList<Concept> concepts, bool[] known, bool sameLanguage)
    {
        var groups = new List<int[]>();
        for (var c = 0; c < concepts.Count; c++)
        {
            if (!concepts[c].IsName) continue;
            var end = c + 1;
            while (end < concepts.Count && concepts[end].IsName && concepts[end].JoinsPrevious) end++;
            var members = Enumerable.Range(c, end - c).Where(m => sameLanguage || known[m]).ToArray();
            if (members.Length >= 2) groups.Add(members);
            c = end - 1;
        }
        return groups;
    }

    // Whether one place holds every word of a name: the unit with its heading, or one of the places around it.
    private static bool Together(int[] group, TermSet[] unit, TermSet? pointed, TermSet topic, IEnumerable<TermSet> before, TermSet title,
        TermSet context, Func<List<TermSet>> section, MatchMemo memo)
    {
        if (group.All(m => unit.Any(set => memo.Match(set, m) > 0))) return true;
        IEnumerable<TermSet> places = [topic, title, context, .. before];
        if (pointed is not null) places = places.Append(pointed);
        return places.Any(set => group.All(m => memo.Match(set, m) > 0)) || section().Any(set => group.All(m => memo.Match(set, m) > 0));
    }

    // What a sum named by what it is ("the budget of X", "how much does X cost") is asked of: the question's words after
    // the measure word, or before it when it ends the question.
    private static int[] OwnerOfMeasure(AnalyzedQuestion question)
    {
        var languages = new[] { question.Language, "en" };
        var concepts = question.Concepts;
        var words = FoldedWords.Of(question.Text);
        // In English a measure word before another word qualifies it ("the grant scheme"): it is not the sum asked for.
        var cue = QuestionWords.Find(words.Select(w => w.Text).ToList(), languages)
            .FirstOrDefault(f => f.Cue == Cue.Measure && (question.Language != "en" || !QuestionAnalyzer.ModifiesNext(words, f.Start + f.Length)));
        if (cue.Length == 0) return [];
        var measure = concepts.ToList().FindIndex(c => !c.IsName && c.Surface == words[cue.Start].Text);
        if (measure < 0) return [];
        return measure + 1 < concepts.Count ? Enumerable.Range(measure + 1, concepts.Count - measure - 1).ToArray() : Enumerable.Range(0, measure).ToArray();
    }

    // The sum's own owner in the unit must be what the question asks it of: the words of the measure word's clause before
    // it ("The Lombardy ROP has a budget of ..."), and those after it when they name something ("the cost of a market
    // study"). A programme's budget is not the budget of an action or a chamber named in the question. Of an owner whose
    // words the documents do not know (but for its names) they say nothing, nor does a unit that does not name the sum
    // ("50% granted with 14.58 M €" is not what something costs).
    private static bool OwnerFits(int[] asked, bool[] known, IReadOnlyList<Concept> concepts, MatchMemo memo, PassageAnalysis analysis,
        PassageHit passage, int u, List<Neighbour> before, TermSet title)
    {
        var owner = asked.Where(c => known[c]).ToArray();
        if (owner.Length == 0) return false;
        // "The Hungarian <a word the documents do not know>": the name does not say which of its things is meant.
        if (owner.All(c => concepts[c].IsName) && asked.Any(c => !known[c] && !concepts[c].IsName)) return false;
        var text = passage.Units[u].FullText;
        var words = FoldedWords.Of(text);
        var tokens = analysis.Tokens[u];
        foreach (var cue in QuestionWords.Find(words.Select(w => w.Text).ToList(), QuestionWords.Languages))
        {
            if (cue.Cue != Cue.Measure) continue;
            var at = words[cue.Start].Start;
            var ranges = new List<(int Start, int End)> { (ClauseStart(text, at), at) };
            var next = cue.Start + cue.Length;
            while (next < words.Count && StopWords.IsStopWord(words[next].Text, passage.Language)) next++;
            if (next > cue.Start + cue.Length && next < words.Count && !char.IsAsciiDigit(words[next].Text[0]))
            {
                ranges.Add((words[next].Start, PhraseEnd(text, words[next].Start)));
            }
            var inOwner = tokens.Where(t => ranges.Exists(r => t.Start >= r.Start && t.End <= r.End)).ToList();
            if (Owns(inOwner, owner, concepts, memo, analysis, passage, u, before, title)) return true;
        }
        return false;
    }

    // Whether the owner's words in a unit, read with its heading, hold the question's owner: half its plain words, or one
    // of its names when it gives only names. An owner naming nothing ("The programme has ...") is also what the document's
    // title is about, and one with no word of its own ("It has a total budget", "Total budget: ...") what the units before
    // it are about: "This priority axis" is not the project the sentence before it names.
    private static bool Owns(List<Token> inOwner, int[] owner, IReadOnlyList<Concept> concepts, MatchMemo memo, PassageAnalysis analysis,
        PassageHit passage, int u, List<Neighbour> before, TermSet title)
    {
        var text = passage.Units[u].FullText;
        var ownerTerms = new TermSet(Terms.ForMatch(text, inOwner, passage.Language), inOwner.Select(t => t.Text));
        var named = inOwner.Exists(t => analysis.Names[u].Contains(t.Text));
        List<TermSet> places = [ownerTerms, analysis.Heading];
        // Words the question says of the sum itself ("total") do not own it.
        var content = ownerTerms.Stems.Any(stem => !char.IsAsciiDigit(stem[0]) && !concepts.Any(c => c.Alternatives.Any(a => a.Contains(stem))));
        if (!named) places.Add(title);
        if (!named && !content) places.AddRange(before.Select(b => b.Terms));
        bool FoundIn(TermSet set, int c) => memo.Match(set, c) > 0;
        var plainOwner = owner.Where(c => !concepts[c].IsName).ToList();
        if (plainOwner.Count > 0) return plainOwner.Count(c => places.Exists(set => FoundIn(set, c))) * 2 >= plainOwner.Count;
        // A name of several words is found where all its words stand together.
        return owner.Any(c => (!concepts[c].JoinsPrevious || Array.IndexOf(owner, c - 1) < 0) && places.Exists(set =>
        {
            for (var m = c; m == c || m < concepts.Count && concepts[m].JoinsPrevious; m++)
                if (Array.IndexOf(owner, m) >= 0 && !FoundIn(set, m)) return false;
            return true;
        }));
    }

    // "Who is the lead partner of X?": the role asked for (the question's first words side by side, after at least two
    // words: a role is named, not done as in "who welcomed the partners") and what it is asked of (its words after the
    // words that link them).
    private static (int[] Role, int[] Owner, string[] Link) RoleOf(AnalyzedQuestion question)
    {
        var concepts = question.Concepts;
        if (question.Kind != AnswerKind.Who || concepts.Count < 2 || concepts[0].IsName) return ([], [], []);
        var words = FoldedWords.Of(question.Text);
        var at = concepts.Select(c => words.FindIndex(w => w.Text == c.Surface)).ToArray();
        if (at[0] < 2) return ([], [], []);
        var end = 1;
        while (end < at.Length && at[end] == at[end - 1] + 1 && !concepts[end].IsName) end++;
        if (end >= at.Length || at[end] <= at[end - 1] + 1) return ([], [], []);
        for (var w = at[end - 1] + 1; w < at[end]; w++) if (!StopWords.IsStopWord(words[w].Text, question.Language)) return ([], [], []);
        return (Enumerable.Range(0, end).ToArray(), Enumerable.Range(end, concepts.Count - end).ToArray(),
            [.. words.Skip(at[end - 1] + 1).Take(at[end] - at[end - 1] - 1).Select(w => w.Text)]);
    }

    // A unit answers "who is the R of X" when it names the role (each of its words the documents know) of X: the words
    // after "R of" when it says them ("the lead beneficiary of the scheme"), else the words before the role in its clause
    // ("Lead partner: ..." is said of what its section and document are about).
    private static bool RoleFits(int[] role, int[] asked, string[] link, bool[] known, IReadOnlyList<Concept> concepts, MatchMemo memo,
        PassageAnalysis analysis, PassageHit passage, int u, List<Neighbour> before, TermSet title)
    {
        var text = passage.Units[u].FullText;
        var tokens = analysis.Tokens[u];
        var language = passage.Language;
        if (role.Any(c => known[c] && analysis.Units[u].Match(concepts[c]) == 0)) return false;
        var owner = asked.Where(c => known[c]).ToArray();
        if (owner.Length == 0) return true;
        bool Plain(int t) => tokens[t].Kind == TokenKind.Word && !StopWords.IsStopWord(tokens[t].Text, language);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Plain(i)) continue;
            var word = new TermSet(Terms.ForMatch(text, [tokens[i]], language));
            if (!role.Any(c => known[c] && word.Match(concepts[c]) > 0)) continue;
            var k = i + 1;
            while (k < tokens.Count && Plain(k) && text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).IsWhiteSpace()) k++;
            var next = k;
            while (next < tokens.Count && tokens[next].Kind == TokenKind.Word && StopWords.IsStopWord(tokens[next].Text, language)) next++;
            List<Token> inOwner;
            // Linked as the question links them ("the lead partner of X"); "the lead partner is X" names the answer.
            if (next > k && next < tokens.Count && tokens[next].Kind != TokenKind.Number
                && Enumerable.Range(k, next - k).Any(t => link.Contains(tokens[t].Text, StringComparer.OrdinalIgnoreCase)))
                inOwner = Within(tokens, tokens[next].Start, PhraseEnd(text, tokens[next].Start));
            else
                inOwner = Within(tokens, ClauseStart(text, tokens[i].Start), tokens[i].Start);
            return Owns(inOwner, owner, concepts, memo, analysis, passage, u, before, title);
        }
        return true;
    }

    // Where the clause holding this position starts: after the last ';' or ':' before it ("Duration: ...; Total budget: ...").
    private static int ClauseStart(string text, int at) => text.LastIndexOfAny([';', ':'], Math.Max(0, at - 1)) + 1;

    // Where the phrase starting here ends: at the next punctuation, or the end of the text.
    private static int PhraseEnd(string text, int start) => text.IndexOfAny([',', ';', ':', '(', '.'], start) is var end and >= 0 ? end : text.Length;

    private static List<Token> Within(IReadOnlyList<Token> tokens, int start, int end) => tokens.Where(t => t.Start >= start && t.End <= end).ToList();

    private static bool IsNumber(Concept concept) => concept.Surface.Length > 0 && concept.Surface.All(char.IsAsciiDigit);

    private sealed record Neighbour(TermSet Terms, string[] Names);

    // The units of the unit's section (from after the list before it to the list that closes it, across passage
    // boundaries) and those of the sections either side of it in the same passages.
    private static SectionTerms Section(PassageAnalysis analysis, PassageAnalysis? previous, PassageAnalysis? next, int u)
    {
        var (first, last) = analysis.Sections[u];
        var section = analysis.Units[first..(last + 1)].ToList();
        var aside = analysis.Units[..first].Concat(analysis.Units[(last + 1)..]).ToList();
        var closing = analysis.IsListAt(last) && last != u ? analysis.Units[last] : null;
        if (first == 0 && previous is not null)
        {
            var (start, _) = previous.Sections[^1];
            if (!previous.IsListAt(previous.Units.Length - 1)) { section.AddRange(previous.Units[start..]); aside.AddRange(previous.Units[..start]); }
            else aside.AddRange(previous.Units);
        }
        if (last == analysis.Units.Length - 1 && next is not null && !analysis.IsListAt(last))
        {
            var (_, end) = next.Sections[0];
            section.AddRange(next.Units[..(end + 1)]);
            aside.AddRange(next.Units[(end + 1)..]);
            if (next.IsListAt(end)) closing = next.Units[end];
        }
        return new SectionTerms(section, aside, closing);
    }

    // The two units before this one in its section, in its passage or at the end of the one before it, nearest first. A
    // list closes the section before it ("Which partners ...: A; B"): what it names is not what the next unit is about.
    private static List<Neighbour> Before(PassageAnalysis analysis, PassageAnalysis? previous, int u)
    {
        var before = new List<Neighbour>(2);
        var first = analysis.Sections[u].First;
        for (var d = 1; d <= 2; d++)
        {
            if (u - d >= first) before.Add(new Neighbour(analysis.Units[u - d], analysis.Names[u - d]));
            else if (first == 0 && previous is not null && previous.Units.Length + u - d >= 0 && !previous.IsListAt(previous.Units.Length - 1))
                before.Add(new Neighbour(previous.Units[previous.Units.Length + u - d], previous.Names[previous.Units.Length + u - d]));
            else break;
        }
        return before;
    }

    // How clearly the unit holds the kind asked for. Who, which and where: a name the question does not already
    // give, or a list of them.
    private static double Kind(AnalyzedQuestion question, PassageAnalysis analysis, int u, HashSet<string> questionNames, bool asksCountries)
    {
        if (question.Kind is AnswerKind.Who or AnswerKind.Name or AnswerKind.Place)
        {
            var newNames = analysis.Names[u].Count(n => !questionNames.Contains(n));
            var clarity = newNames == 0 ? 0 : newNames >= 2 ? 1.0 : 0.8;
            // "Which countries ...?": a unit naming several answers it by its nature, as a list under the word asked for does.
            if (!asksCountries) return clarity;
            return analysis.Names[u].Count(n => !questionNames.Contains(n) && Countries.IsCountry(n)) >= 2 ? ListAnswer : Math.Min(clarity, 0.8);
        }
        var strength = analysis.Strength(question.Kind, u);
        // "How long did it run?": a period or a length of time.
        if (question.Edge == PeriodEdge.Span && strength > 0 && !analysis.IsPeriod(u) && !AnswerTypes.IsDuration(analysis.Folded[u])) return 0;
        return strength;
    }

    // A number followed within three words by the thing asked to be counted.
    private static bool CountsFocus(PassageAnalysis analysis, int u, Concept focus, string language)
    {
        var tokens = analysis.Tokens[u];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isCount = token.Kind == Text.TokenKind.Number || token.Kind == Text.TokenKind.Word && QuestionWords.IsNumberWord(token.Text, language);
            if (!isCount) continue;
            var after = tokens.Skip(i + 1).Take(3).Select(t => t.Text).ToList();
            var terms = new TermSet(Text.Terms.ForMatch(string.Join(' ', after), language), after);
            if (terms.Match(focus) > 0 || terms.MatchSpelling(focus) > 0) return true;
        }
        return false;
    }

    // "The number of SMEs applying has decreased": what rose or fell is named next to the words saying so, and it is
    // one of the question's things ("a growing need of SMEs to ... funding" says nothing of how funding went).
    private const int ChangeReach = 5;

    // text: the unit's full text (a list's items too), whose words analysis.Words holds.
    private static bool Changes(PassageAnalysis analysis, int u, string text, IEnumerable<Concept> plain, string language)
    {
        var changes = QuestionWords.Find(analysis.Words[u], [language, "en"]).Where(c => c.Cue == Cue.Change).ToList();
        if (changes.Count == 0) return false;
        var words = FoldedWords.Of(text);
        foreach (var change in changes)
        {
            // The words on either side, as the document writes them (its capitals make "SMEs" the name it is).
            var before = text[words[Math.Max(0, change.Start - ChangeReach)].Start..words[change.Start].Start];
            var last = change.Start + change.Length - 1;
            var after = last + 1 < words.Count ? text[words[last + 1].Start..words[Math.Min(words.Count - 1, last + ChangeReach)].End] : "";
            var around = before + " " + after;
            var terms = new TermSet(Text.Terms.ForMatch(around, language), FoldedWords.Texts(around));
            if (plain.Any(c => terms.Match(c) > 0 || terms.MatchSpelling(c) > 0)) return true;
        }
        return false;
    }

    // "The maximum loan per firm": the unit says maximum and per too ("up to 20,000 € per firm").
    private static bool Qualified(AnalyzedQuestion question, PassageAnalysis analysis, int u) =>
        question.Qualifiers.Count == 0 || question.Qualifiers.All(q => q switch
        {
            Cue.Phone or Cue.Email or Cue.Web => AnswerTypes.HasContact(q, analysis.Folded[u]),
            _ => QuestionWords.Has(analysis.Words[u], q, QuestionWords.Languages),
        });

    // A name of the question found only in the unit's document, while something else is named nearer to it (as the
    // unit's subject, in the units before it or in its heading): the unit is about that other thing ("The Lombardy ROP
    // has a budget of ..." in a document about a project).
    private static bool Competes(PassageAnalysis analysis, int u, List<Neighbour> before, int nameLevel, bool subjectOnly, HashSet<string> questionNames, Vocabulary vocabulary)
    {
        if (nameLevel < InClosingList) return false;
        bool Other(string name) => !questionNames.Contains(name) && Glossary.EntryOf([name]) is null && vocabulary.IsDistinctive(name);
        return analysis.LeadNames[u].Any(Other) || !subjectOnly && (before.Any(b => b.Names.Any(Other)) || analysis.HeadingNames.Any(Other));
    }

    // A date question wants its edge: a start or an end said in words, or both dates of a period. A date alone
    // answers only a question whose topic the unit or the units before it mention.
    private static bool Edge(AnalyzedQuestion question, PassageAnalysis analysis, int u, bool topicNear)
    {
        if (question.Kind != AnswerKind.Date) return true;
        if (question.Edge is PeriodEdge.None) return topicNear;
        if (question.Edge is PeriodEdge.Span || analysis.IsPeriod(u)) return true;
        var words = analysis.Words[u];
        return QuestionWords.Find(words, QuestionWords.Languages).Exists(c =>
            c.Cue == (question.Edge == PeriodEdge.Start ? Cue.Start : Cue.End) && !OpensDate(words, c.Start + c.Length));
    }

    // "By the end of 2021": the edge word names a time, not the edge of what the question asks about.
    private static bool OpensDate(string[] words, int next)
    {
        if (next < words.Length && StopWords.IsAnyStopWord(words[next])) next++;
        return next < words.Length && (words[next].Length == 4 && words[next].All(char.IsAsciiDigit) || AnswerTypes.IsMonth(words[next]));
    }

    // Each unit is matched against the same concepts many times (as itself and as a neighbour of others). A concept the
    // unit lacks is likened by spelling when its word is foreign to the documents or unknown to them, or is a name
    // (which documents misspell: "San Sebatian").
    private sealed class MatchMemo(IReadOnlyList<Concept> concepts, Vocabulary vocabulary)
    {
        private readonly Dictionary<TermSet, double>[] known = concepts.Select(_ => new Dictionary<TermSet, double>(ReferenceEqualityComparer.Instance)).ToArray();

        public double Match(TermSet set, int concept)
        {
            if (known[concept].TryGetValue(set, out var value)) return value;
            value = set.Match(concepts[concept]);
            if (value == 0 && (!vocabulary.SameLanguage || vocabulary.Frequency[concept] == 0 || concepts[concept].IsName)) value = set.MatchSpelling(concepts[concept]);
            return known[concept][set] = value;
        }
    }
}

// What the documents know of the question's words: in how many passages each concept occurs (0: unknown to them), its
// weight (idf), and whether a name is rare enough to tell passages apart. SameLanguage: the question is in the
// documents' language, so an unknown word means the documents do not speak of it (in another language, most words
// are unknown to English documents).
public sealed record Vocabulary(IReadOnlyList<int> Frequency, IReadOnlyList<double> Weight, bool SameLanguage, Func<string, bool> IsDistinctive);
