using System.Text.RegularExpressions;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// Turns a model's answer into segments with citations: a [n] marker survives only if source n was given and
// shares words (or numbers) with the sentence it is attached to; sources are renumbered in order of first use.
// An answer left with no supported marker is not used. An answer in another language than its source shares only
// names and numbers with it: those are what is checked then.
public static partial class MarkerCheck
{
    private const int AbstractLength = 160;

    public static (IReadOnlyList<AnswerSegment> Segments, IReadOnlyList<Citation> Citations)? Build(string text, IReadOnlyList<PassageHit> sources, string language)
    {
        var sourceTexts = sources.Select(s => string.Join(" ", s.Units.Select(u => u.FullText)) + " " + s.Heading + " " + s.Title).ToList();
        var sourceTerms = sources.Select((s, i) => new TermSet(Terms.ForMatch(sourceTexts[i], s.Language))).ToList();
        var sourceNames = sourceTexts.Select(NamesAndNumbers).ToList();
        var positions = new Dictionary<int, int>();
        var citations = new List<Citation>();
        var segments = new List<AnswerSegment>();
        var last = 0;
        foreach (Match group in Markers().Matches(text))
        {
            var chunk = text[last..group.Index];
            last = group.Index + group.Length;
            var supported = new List<int>();
            foreach (Match marker in Number().Matches(group.Value))
            {
                var index = int.Parse(marker.Value) - 1;
                if (index < 0 || index >= sources.Count) continue;
                if (sources[index].Language == language ? !Supports(sourceTerms[index], chunk, language) : !SupportsAcross(sourceNames[index], chunk)) continue;
                if (!positions.TryGetValue(index, out var position))
                {
                    position = citations.Count + 1;
                    positions[index] = position;
                    var source = sources[index];
                    var title = source.Heading.Length > 0 ? source.Title + " – " + source.Heading : source.Title;
                    citations.Add(new Citation(position, Titles.Shorten(title, Titles.MaxLength), Titles.Shorten(string.Join(" ", source.Units.Select(u => u.FullText)), AbstractLength), source.Path) { Page = source.Page });
                }
                if (!supported.Contains(position)) supported.Add(position);
            }
            segments.Add(new AnswerSegment(chunk.TrimEnd(), supported));
        }
        var rest = text[last..];
        if (rest.Trim().Length > 0) segments.Add(new AnswerSegment(rest.TrimEnd(), []));
        return citations.Count == 0 ? null : (segments, citations);
    }

    // A sentence backed by a source shares at least one of its words or numbers with it; very short ones pass.
    private static bool Supports(TermSet source, string sentence, string language)
    {
        var words = Terms.ForMatch(sentence, language);
        if (words.Count < 3) return true;
        return words.Any(w => source.Match(w) > 0);
    }

    // Across languages: a sentence that names things or gives numbers must name at least one the source has.
    private static bool SupportsAcross(IReadOnlySet<string> source, string sentence)
    {
        var own = NamesAndNumbers(sentence);
        return own.Count == 0 || own.Overlaps(source);
    }

    private static HashSet<string> NamesAndNumbers(string text) =>
        Tokenizer.Scan(text).Where(t => t.Kind is TokenKind.Proper or TokenKind.Number).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\s*(\[\d{1,2}\](\s*,?\s*\[\d{1,2}\])*)")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
