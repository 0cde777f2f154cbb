using StakeholderBot.Knowledge.Documents.Pdf;

namespace StakeholderBot.Knowledge.Documents;

// Which files the corpus indexes and how each kind is read. A file that cannot be read throws
// UnreadableDocumentException with the reason, whatever its format.
public static class DocumentReaders
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf" };

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path));

    public static ParsedDocument Read(string path, byte[] content)
    {
        var fallbackTitle = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".pdf") return PdfReader.Read(content, fallbackTitle);
        if (extension == ".docx") return ReadDocx(content, fallbackTitle);
        var text = Decode(content);
        return extension switch
        {
            ".md" or ".markdown" => MarkdownReader.Read(text, fallbackTitle),
            ".html" or ".htm" => HtmlDocumentReader.Read(text, fallbackTitle),
            _ => PlainTextReader.Read(text, fallbackTitle),
        };
    }

    private static ParsedDocument ReadDocx(byte[] content, string fallbackTitle)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return DocxReader.Read(stream, fallbackTitle);
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or IOException or InvalidOperationException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException)
        {
            throw new UnreadableDocumentException(UnreadableReason.Damaged, "it is damaged or not a Word document (" + error.Message.Split('\n')[0] + ")", error);
        }
    }

    // UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is read as Windows-1252-like Latin-1.
    private static string Decode(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try { return reader.ReadToEnd(); }
        catch (System.Text.DecoderFallbackException) { return System.Text.Encoding.Latin1.GetString(content); }
    }
}
