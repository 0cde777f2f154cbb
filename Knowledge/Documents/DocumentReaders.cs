namespace StakeholderBot.Knowledge.Documents;

// Which files the corpus indexes and how each kind is read. PDF is left out: no dependable reader is available here.
public static class DocumentReaders
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm", ".docx" };

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path));

    public static ParsedDocument Read(string path, byte[] content)
    {
        var fallbackTitle = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".docx")
        {
            using var stream = new MemoryStream(content, writable: false);
            return DocxReader.Read(stream, fallbackTitle);
        }
        var text = Decode(content);
        return extension switch
        {
            ".md" or ".markdown" => MarkdownReader.Read(text, fallbackTitle),
            ".html" or ".htm" => HtmlDocumentReader.Read(text, fallbackTitle),
            _ => PlainTextReader.Read(text, fallbackTitle),
        };
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
