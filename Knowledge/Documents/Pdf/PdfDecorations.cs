using System.Text.RegularExpressions;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace StakeholderBot.Knowledge.Documents.Pdf;

// Running heads and footers repeat from page to page (PdfPig's decoration classifier compares each page's
// first and last blocks with those of the pages around it); a page number alone in the top or bottom margin
// ("3", "Page 3 of 40", "- 3 -") is left out even on a single page. Neither belongs inside a passage.
public static partial class PdfDecorations
{
    private const double Margin = 0.12;

    public static IReadOnlyList<PdfPageLayout> Remove(IReadOnlyList<PdfPageLayout> pages)
    {
        var repeated = pages.Count >= 2
            ? DecorationTextBlockClassifier.Get(pages.Select(p => (IReadOnlyList<TextBlock>)p.Regions.Select(r => r.Block).ToList()).ToList())
            : null;
        return pages.Select((page, index) =>
        {
            var decorations = repeated is null ? [] : new HashSet<TextBlock>(repeated[index]);
            var kept = page.Regions.Where(r => r.Rows is not null || !decorations.Contains(r.Block) && !IsPageNumber(r.Block, page.Height)).ToList();
            return page with { Regions = kept };
        }).ToList();
    }

    private static bool IsPageNumber(TextBlock block, double pageHeight)
    {
        var inMargin = block.BoundingBox.Bottom >= (1 - Margin) * pageHeight || block.BoundingBox.Top <= Margin * pageHeight;
        return inMargin && PageNumber().IsMatch(block.Text.Trim());
    }

    [GeneratedRegex(@"^[-–—|\s]*((page|pages|pg\.?|p\.|seite|pagina|página|strona|oldal|stran|puslapis|blz\.?)\s*)?(\d{1,4}|[ivxlc]{1,7})(\s*(/|of|de|di|von|van|z|iš|od|из)\s*\d{1,4})?[-–—|\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
