using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StakeholderBot.Knowledge.Documents;

// Word documents: Title and Heading styles give structure, numbered paragraphs are list items, table rows join cells.
public static class DocxReader
{
    public static ParsedDocument Read(Stream stream, string fallbackTitle)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        var blocks = new List<Block>();
        string? title = document.PackageProperties.Title;
        if (body is not null)
        {
            foreach (var element in body.ChildElements)
            {
                if (element is Paragraph paragraph) AddParagraph(paragraph, blocks, ref title);
                else if (element is Table table)
                    foreach (var row in table.Elements<TableRow>())
                        Add(blocks, BlockKind.Paragraph, string.Join(" | ", row.Elements<TableCell>().Select(c => c.InnerText.Trim())));
            }
        }
        if (!string.IsNullOrWhiteSpace(title)) return new ParsedDocument(Titles.Shorten(title, Titles.MaxLength), blocks);
        var derived = Titles.FromFirstBlock(blocks, fallbackTitle, out var skipFirst);
        return new ParsedDocument(derived, skipFirst ? blocks.Skip(1).ToList() : blocks);
    }

    private static void AddParagraph(Paragraph paragraph, List<Block> blocks, ref string? title)
    {
        var text = string.Concat(paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)).Trim();
        if (text.Length == 0) return;
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        if (style.Equals("Title", StringComparison.OrdinalIgnoreCase)) { title ??= text; return; }
        if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Kop", StringComparison.OrdinalIgnoreCase))
            Add(blocks, BlockKind.Heading, text);
        else if (paragraph.ParagraphProperties?.NumberingProperties is not null || style.Contains("List", StringComparison.OrdinalIgnoreCase))
            Add(blocks, BlockKind.ListItem, text);
        else Add(blocks, BlockKind.Paragraph, text);
    }

    private static void Add(List<Block> blocks, BlockKind kind, string text)
    {
        if (!string.IsNullOrWhiteSpace(text)) blocks.Add(new Block(kind, text));
    }
}
