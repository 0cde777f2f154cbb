using System.Globalization;

namespace StakeholderBot.Cards.Documents;

// The one-line description of a document used on every documents card: type, pages, passages, language, who added
// it and when, or why it could not be read.
public static class DocumentFacts
{
    public static string Line(DocumentView document)
    {
        var parts = new List<string> { document.Type.Length > 0 ? document.Type : "file" };
        if (document.Problem is null)
        {
            if (document.Pages > 0) parts.Add(Count(document.Pages, "page"));
            parts.Add(Count(document.Passages, "passage"));
            if (document.Language.Length > 0) parts.Add(document.Language);
        }
        parts.Add(Added(document));
        return string.Join(" · ", parts);
    }

    public static string Added(DocumentView document) => (document.AddedBy, document.AddedAt) switch
    {
        ({ } by, { } at) => $"added by {by}, {Date(at)}",
        (null, { } at) => $"added {Date(at)}",
        ({ } by, null) => $"added by {by}",
        _ => "shipped with the bot",
    };

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
