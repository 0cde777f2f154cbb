namespace StakeholderBot.Cards.Documents;

// The one-line description of a document used on every documents card: type, pages, passages, language, who added
// it and when, or why it could not be read.
public static class DocumentFacts
{
    public static string Line(DocumentView document, DocumentTexts texts)
    {
        var parts = new List<string> { document.Type.Length > 0 ? document.Type : texts.FileType };
        if (document.Problem is null)
        {
            if (document.Pages > 0) parts.Add(texts.Pages(document.Pages));
            parts.Add(texts.Passages(document.Passages));
            if (document.Language.Length > 0) parts.Add(document.Language);
        }
        parts.Add(Added(document, texts));
        return string.Join(" · ", parts);
    }

    public static string Added(DocumentView document, DocumentTexts texts) => (document.AddedBy, document.AddedAt) switch
    {
        ({ } by, { } at) => texts.Format(texts.AddedByAt, by, texts.Date(at)),
        (null, { } at) => texts.Format(texts.AddedAt, texts.Date(at)),
        ({ } by, null) => texts.Format(texts.AddedBy, by),
        _ => texts.Shipped,
    };
}
