using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace StakeholderBot.Knowledge.Documents.Pdf;

// Page regions -> blocks: a short line set larger (or bold) than the body text is a heading; other text blocks are
// read like plain text (bullets, "Label: value" fields, prose) after broken words are joined; a table gives one
// block per row. A paragraph cut by a column or page break (no sentence end, next block in lower case) is joined
// back; it keeps the page it starts on.
public static partial class PdfBlocks
{
    private const double HeadingScale = 1.15;
    private const int MaxHeadingWords = 15;

    public static List<Block> From(IReadOnlyList<PdfPageLayout> pages)
    {
        var body = BodySize(pages);
        var blocks = new List<Block>();
        var lastIsText = false;
        foreach (var page in pages)
        {
            foreach (var region in page.Regions)
            {
                if (region.Rows is { } rows)
                {
                    blocks.AddRange(rows.Where(r => r.Trim('|', ' ').Length > 0).Select(row => new Block(BlockKind.Paragraph, row, page.Number)));
                    lastIsText = false;
                    continue;
                }
                var lines = region.Block.TextLines.Select(l => Clean(l.Text)).Where(l => l.Length > 0).ToList();
                if (lines.Count == 0) continue;
                if (IsHeading(region.Block, lines, body))
                {
                    blocks.Add(new Block(BlockKind.Heading, string.Join(" ", lines), page.Number));
                    lastIsText = false;
                    continue;
                }
                var read = new List<Block>();
                PlainTextReader.AddGroup(Hyphenation.JoinBrokenWords(lines), read);
                foreach (var block in read)
                {
                    if (lastIsText && Continues(blocks[^1], block)) blocks[^1] = blocks[^1] with { Text = Hyphenation.Join(blocks[^1].Text, block.Text) };
                    else blocks.Add(block with { Page = page.Number });
                    lastIsText = true;
                }
            }
        }
        return blocks;
    }

    private static bool Continues(Block previous, Block next) =>
        previous.Kind is BlockKind.Paragraph or BlockKind.ListItem && next.Kind == BlockKind.Paragraph
        && !".!?:;".Contains(previous.Text[^1]) && char.IsLower(next.Text[0]);

    private static bool IsHeading(TextBlock block, List<string> lines, double body)
    {
        if (lines.Count > 2) return false;
        var text = string.Join(" ", lines);
        if (text.EndsWith('.') || text.EndsWith(',') || PlainTextReader.WordCount(text) > MaxHeadingWords) return false;
        var letters = block.TextLines.SelectMany(l => l.Words).SelectMany(w => w.Letters).ToList();
        if (letters.Count == 0) return false;
        var size = letters.Average(l => l.PointSize);
        var bold = letters.Count(IsBold) > letters.Count / 2;
        return size >= HeadingScale * body || bold && size >= 0.95 * body && !text.EndsWith(':');
    }

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;

    // The size most of the text is set in: headings are measured against it.
    private static double BodySize(IReadOnlyList<PdfPageLayout> pages)
    {
        var sizes = pages.SelectMany(p => p.Regions).Where(r => r.Rows is null)
            .SelectMany(r => r.Block.TextLines).SelectMany(l => l.Words).SelectMany(w => w.Letters)
            .GroupBy(l => Math.Round(l.PointSize, 1)).Select(g => (Size: g.Key, Count: g.Count())).ToList();
        return sizes.Count == 0 ? 0 : sizes.MaxBy(s => s.Count).Size;
    }

    // Bullets drawn with symbol fonts come out as private-use characters.
    private static string Clean(string line) => Spaces().Replace(PrivateBullet().Replace(line, "•"), " ").Trim();

    [GeneratedRegex(@"[\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF0A8]")]
    private static partial Regex PrivateBullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
