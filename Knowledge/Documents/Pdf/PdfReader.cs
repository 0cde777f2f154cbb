using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace StakeholderBot.Knowledge.Documents.Pdf;

// PDF read with its layout (PdfPig): words from letters, text blocks, their reading order (a two-column page reads
// column by column), table rows rebuilt across column blocks, running heads, footers and page numbers left out,
// hyphenated line ends joined. Every block keeps the page it starts on, so citations can name it.
public static class PdfReader
{
    public const int MaxPages = 2000;

    // Fewer visible letters than this in the whole file: a scan without a text layer, not a document to index.
    private const int MinLetters = 20;

    public static ParsedDocument Read(byte[] content, string fallbackTitle)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            if (document.NumberOfPages > MaxPages)
                throw new UnreadableDocumentException(UnreadableReason.TooLarge, $"it has {document.NumberOfPages} pages; at most {MaxPages} are read");
            var pages = new List<PdfPageLayout>(document.NumberOfPages);
            foreach (var page in document.GetPages()) pages.Add(PdfPageLayout.Read(page));
            if (pages.Sum(p => p.Letters) < MinLetters)
                throw new UnreadableDocumentException(UnreadableReason.NoText, "no text: its pages are images (a scan?); run text recognition (OCR) on it first");
            var blocks = PdfBlocks.From(PdfDecorations.Remove(pages));
            return WithTitle(document.Information.Title, blocks, fallbackTitle, document.NumberOfPages);
        }
        catch (PdfDocumentEncryptedException error)
        {
            throw new UnreadableDocumentException(UnreadableReason.Encrypted, "it is protected by a password", error);
        }
        catch (Exception error) when (error is not (UnreadableDocumentException or OperationCanceledException or OutOfMemoryException))
        {
            // A damaged or hostile file can make the parser fail in many ways; each is the same thing to us.
            throw new UnreadableDocumentException(UnreadableReason.Damaged, "it is damaged or not a PDF (" + error.Message.Split('\n')[0] + ")", error);
        }
    }

    // The document's own title when it has a real one; otherwise a leading heading, as for the other formats.
    private static ParsedDocument WithTitle(string? declared, List<Block> blocks, string fallbackTitle, int pages)
    {
        if (IsRealTitle(declared))
        {
            var title = Titles.Shorten(declared!, Titles.MaxLength);
            if (blocks.Count > 0 && blocks[0].Kind == BlockKind.Heading && blocks[0].Text.Equals(declared!.Trim(), StringComparison.OrdinalIgnoreCase))
                blocks.RemoveAt(0);
            return new ParsedDocument(title, blocks, pages);
        }
        var derived = Titles.FromFirstBlock(blocks, fallbackTitle, out var skipFirst);
        return new ParsedDocument(derived, skipFirst ? blocks.Skip(1).ToList() : blocks, pages);
    }

    // Producers often write the file name or a placeholder into the title field.
    private static bool IsRealTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length < 4) return false;
        var trimmed = title.Trim();
        if (trimmed.StartsWith("Microsoft ", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("untitled", StringComparison.OrdinalIgnoreCase)) return false;
        var extension = Path.GetExtension(trimmed).ToLowerInvariant();
        return extension is not (".doc" or ".docx" or ".pdf" or ".indd" or ".odt" or ".ppt" or ".pptx" or ".xls" or ".xlsx" or ".rtf" or ".tex");
    }
}
