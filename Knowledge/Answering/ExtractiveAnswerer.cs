using StakeholderBot.Knowledge.Documents;

namespace StakeholderBot.Knowledge.Answering;

// Quotes the unit that answers, as it stands, with a [n] marker for its document; the units right after it only
// when they continue the same list or give further causes. Nothing acceptable: the answer is "not found", with no citation.
public static class ExtractiveAnswerer
{
    // Short lists (a project's two partners) are quoted whole; long ones (six countries' instruments) may be cut.
    private const int MinItemsToFilter = 4;
    private const int AbstractLength = 160;
    private const int FurtherCauses = 2;

    public static (IReadOnlyList<AnswerSegment> Segments, IReadOnlyList<Citation> Citations, string Language)? Compose(AnalyzedQuestion question, IReadOnlyList<ScoredUnit> units)
    {
        var best = units.Where(u => u.Acceptable).MaxBy(u => u.Score);
        if (best is null) return null;
        var chosen = new List<ScoredUnit> { best };
        var next = units.FirstOrDefault(u => u.Passage.Id == best.Passage.Id && u.Index == best.Index + 1);
        // A long list is stored in chunks under the same introduction.
        if (next is { Unit.IsList: true } && best.Unit.IsList && next.Unit.Text == best.Unit.Text) chosen.Add(next);
        // A why-question's answer goes on in the units right after it that give a further cause ("Another cause is ...").
        if (question.AsksReason && best.Type > 0)
            for (var k = 1; k <= FurtherCauses && units.FirstOrDefault(u => u.Passage.Id == best.Passage.Id && u.Index == best.Index + k) is { Type: > 0, Unit.IsHeading: false } further; k++)
                chosen.Add(further);

        var quote = string.Join(" ", chosen.Select(u => Quote(question, u)));
        var citation = new Citation(1, CitationTitle(best), Titles.Shorten(quote, AbstractLength), best.Passage.Path) { Page = best.Passage.Page };
        return ([new AnswerSegment(quote, [1])], [citation], best.Passage.Language);
    }

    // A list is quoted whole, or with only the items that name what the question singles out and nothing around
    // the list does ("the Slovak programme" among six countries' instruments).
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
            var terms = new TermSet(Text.Terms.ForMatch(item, language), FoldedWords.Texts(item));
            return singling.Sum(c => Math.Max(terms.Match(c), terms.MatchSpelling(c)));
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
