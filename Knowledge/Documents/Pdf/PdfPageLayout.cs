using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace StakeholderBot.Knowledge.Documents.Pdf;

// A text block of a page; Rows is set when the block is a table (its cells joined per row).
public sealed record PdfRegion(TextBlock Block, IReadOnlyList<string>? Rows = null);

// One page as blocks in reading order: words by nearest neighbour, blocks by Docstrum, tables merged from the
// column blocks Docstrum cuts them into, then the unsupervised reading order (columns before the next column).
public sealed record PdfPageLayout(int Number, double Height, int Letters, IReadOnlyList<PdfRegion> Regions)
{
    public static PdfPageLayout Read(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0) return new PdfPageLayout(page.Number, page.Height, 0, []);
        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters).ToList();
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var (merged, tables) = PdfTables.Merge(blocks);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(merged);
        return new PdfPageLayout(page.Number, page.Height, letters.Count, ordered.Select(b => new PdfRegion(b, tables.GetValueOrDefault(b))).ToList());
    }
}
