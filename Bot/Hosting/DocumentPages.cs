using System.Net;
using System.Text;
using Markdig;

namespace StakeholderBot.Bot.Hosting;

// A document opened from a citation as a page a person reads: its title, its text with headings and lists, each
// heading an anchor, and the passage the link points at (a text fragment, or a heading's #id) highlighted.
public static class DocumentPages
{
    // Raw HTML in a document is shown as text, never run or rendered.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseGridTables().UseAutoIdentifiers().DisableHtml().Build();

    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5;color:#1b1b1b;background:#fff}" +
        ":target{background:#fff3b0;outline:2px solid #c8a600}::target-text{background:#fff3b0}" +
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em}";

    public static string FromMarkdown(string title, string language, string markdown)
    {
        var html = Markdig.Markdown.ToHtml(markdown, Pipeline);
        // The document's own first heading is its title; the page shows it once.
        var heading = $"<h1 id=\"{IdOf(title)}\">{WebUtility.HtmlEncode(title)}</h1>";
        return Page(title, language, html.TrimStart().StartsWith("<h1", StringComparison.Ordinal) ? html : heading + html);
    }

    // A stored document (a logged meeting) is plain text: paragraphs and lines as they were written, escaped.
    public static string FromText(string title, string language, string text)
    {
        var body = new StringBuilder("<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>");
        foreach (var paragraph in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            body.Append("<p>").Append(string.Join("<br>", paragraph.Split('\n').Select(WebUtility.HtmlEncode))).Append("</p>");
        return Page(title, language, body.ToString());
    }

    private static string Page(string title, string language, string body) =>
        $"<!doctype html><html lang=\"{WebUtility.HtmlEncode(language)}\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">" +
        $"<title>{WebUtility.HtmlEncode(title)}</title><style>{Style}</style></head><body>{body}</body></html>";

    private static string IdOf(string title) => new(title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
