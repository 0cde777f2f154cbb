using StakeholderBot.Knowledge.Documents;

namespace StakeholderBot.Knowledge.Answering;

// Picks the sentences that answer: the best one, plus up to two more that score nearly as well, quoted as they
// stand with a [n] marker per source document. Below the threshold nothing is quoted: the answer is "not found".
public static class ExtractiveAnswerer
{
    // Calibrated on questions with and without an answer in the documents: below this share of the question's
    // weighted concepts, the best sentence is about something else.
    public const double MinimumLexical = 0.45;
    private const double MinimumOwn = 0.15;
    private const double MinimumNames = 0.5;
    private const double Companion = 0.75;
    // Short lists (a project's two partners) are quoted whole; long ones (six countries' instruments) may be cut.
    private const int MinItemsToFilter = 4;
    private const int MaxUnits = 3;
    private const int AbstractLength = 160;

    public static (IReadOnlyList<AnswerSegment> Segments, IReadOnlyList<Citation> Citations)? Compose(AnalyzedQuestion question, IReadOnlyList<ScoredUnit> units)
    {
        var ranked = units.Where(Acceptable).OrderByDescending(u => u.Score).ToList();
        if (ranked.Count == 0) return null;
        var best = ranked[0];
        var chosen = new List<ScoredUnit> { best };
        foreach (var unit in ranked.Skip(1))
        {
            if (chosen.Count >= MaxUnits || unit.Score < Companion * best.Score) break;
            if (chosen.Any(c => c.Passage.Id == unit.Passage.Id && c.Index == unit.Index || c.Unit.FullText == unit.Unit.FullText)) continue;
            // The same fact in a third language (bilingual documents) adds nothing: a companion is in the best answer's
            // language or the user's.
            if (unit.Passage.Language != best.Passage.Language && unit.Passage.Language != question.Language) continue;
            // When the best answer shows the start or end asked for, a date that does not is another story.
            if (question.Edge != PeriodEdge.None && best.Evidence && !unit.Evidence) continue;
            chosen.Add(unit);
        }

        var citations = new List<Citation>();
        var segments = new List<AnswerSegment>();
        foreach (var unit in chosen)
        {
            var quote = Quote(question, unit);
            // One citation per document and page: a citation opens the page it names.
            var position = citations.FindIndex(c => c.DocumentPath == unit.Passage.Path && c.Page == unit.Passage.Page) + 1;
            if (position == 0)
            {
                citations.Add(new Citation(citations.Count + 1, CitationTitle(unit), Titles.Shorten(quote, AbstractLength), unit.Passage.Path) { Page = unit.Passage.Page });
                position = citations.Count;
            }
            segments.Add(new AnswerSegment((segments.Count > 0 ? " " : "") + quote, [position]));
        }
        return (segments, citations);

        // Enough of the question around it, something of it in the sentence itself (or the period asked for),
        // most of its names nearby, the kind of answer asked for, and a heading only as a name.
        bool Acceptable(ScoredUnit unit) => unit.Lexical >= MinimumLexical && (unit.Own >= MinimumOwn || unit.Evidence) && unit.Names >= MinimumNames
            && (question.Kind == AnswerKind.Any || unit.Type > 0)
            && (!unit.Unit.IsHeading || question.Kind is AnswerKind.Who or AnswerKind.Name or AnswerKind.Place);
    }

    // A list is quoted whole, or with only the items that name what the question singles out and nothing around
    // the list does ("the Portuguese programme" among six countries' instruments).
    private static string Quote(AnalyzedQuestion question, ScoredUnit unit)
    {
        if (!unit.Unit.IsList) return unit.Unit.Text;
        if (unit.Unit.Items.Count < MinItemsToFilter) return unit.Unit.FullText;
        var language = unit.Passage.Language;
        var around = new TermSet(Text.Terms.ForMatch(unit.Passage.Heading + " " + unit.Unit.Text + " " +
            string.Join(" ", unit.Passage.Units.Where((_, i) => i != unit.Index).Select(u => u.FullText)), language));
        var singling = question.Concepts.Where(c => around.Match(c) == 0).ToList();
        var itemScores = unit.Unit.Items.Select(item =>
        {
            var terms = new TermSet(Text.Terms.ForMatch(item, language));
            return singling.Sum(c => terms.Match(c));
        }).ToList();
        var top = itemScores.Max();
        var items = top <= 0 ? unit.Unit.Items : unit.Unit.Items.Where((_, i) => itemScores[i] >= 0.5 * top).ToList();
        var joined = string.Join("; ", items.Select(i => i.TrimEnd(',', ';', '.', ' ')));
        return unit.Unit.Text.Length > 0 ? unit.Unit.Text + " " + joined : joined;
    }

    private static string CitationTitle(ScoredUnit unit)
    {
        var heading = unit.Passage.Heading;
        var title = heading.Length > 0 && !heading.Equals(unit.Passage.Title, StringComparison.OrdinalIgnoreCase)
            ? unit.Passage.Title + " – " + heading
            : unit.Passage.Title;
        return Titles.Shorten(title, Titles.MaxLength);
    }
}
