using System.Net;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace StakeholderBot.Knowledge.Documents;

public static partial class HtmlDocumentReader
{
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "nav", "head", "svg", "iframe", "form", "button"];
    private static readonly HashSet<string> BlockElements =
        ["p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "li", "ul", "ol", "table", "tr", "td", "th",
         "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "pre", "figure", "figcaption", "body", "tbody", "thead", "address"];

    public static ParsedDocument Read(string html, string fallbackTitle)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var blocks = new List<Block>();
        var root = document.DocumentNode.SelectSingleNode("//body") ?? document.DocumentNode;
        Walk(root, blocks);

        var title = Clean(document.DocumentNode.SelectSingleNode("//title")?.InnerText ?? "");
        var h1 = document.DocumentNode.SelectSingleNode("//h1");
        if (title.Length == 0 && h1 is not null) title = Clean(h1.InnerText);
        if (title.Length > 0) return new ParsedDocument(Titles.Shorten(title, Titles.MaxLength), blocks);
        return new ParsedDocument(Titles.FromFirstBlock(blocks, fallbackTitle, out _), blocks);
    }

    private static void Walk(HtmlNode node, List<Block> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            var name = child.Name.ToLowerInvariant();
            if (child.NodeType == HtmlNodeType.Comment || Skipped.Contains(name)) continue;
            if (child.NodeType == HtmlNodeType.Text) { Add(blocks, BlockKind.Paragraph, child.InnerText); continue; }
            if (name.Length == 2 && name[0] == 'h' && char.IsDigit(name[1])) { Add(blocks, BlockKind.Heading, child.InnerText); continue; }
            var hasBlockChildren = child.Descendants().Any(d => BlockElements.Contains(d.Name.ToLowerInvariant()));
            if (!hasBlockChildren && BlockElements.Contains(name))
            {
                Add(blocks, name is "li" or "dd" ? BlockKind.ListItem : BlockKind.Paragraph, Flatten(child));
                continue;
            }
            if (name == "tr") { Add(blocks, BlockKind.Paragraph, string.Join(" | ", child.Elements("td").Concat(child.Elements("th")).Select(c => Clean(c.InnerText)))); continue; }
            if (!BlockElements.Contains(name)) { Add(blocks, BlockKind.Paragraph, Flatten(child)); continue; }
            Walk(child, blocks);
        }
    }

    private static string Flatten(HtmlNode node) =>
        string.Concat(node.DescendantsAndSelf().Where(d => d.NodeType == HtmlNodeType.Text && !d.Ancestors().Any(a => Skipped.Contains(a.Name))).Select(d => d.InnerText + (d.NextSibling?.Name == "br" ? " " : "")));

    private static void Add(List<Block> blocks, BlockKind kind, string raw)
    {
        var text = Clean(raw);
        if (text.Length == 0) return;
        // Inline runs split by markup belong to the paragraph before them.
        if (kind == BlockKind.Paragraph && blocks.Count > 0 && blocks[^1].Kind == BlockKind.Paragraph && !".!?:".Contains(blocks[^1].Text[^1]) && char.IsLower(text[0]))
            blocks[^1] = blocks[^1] with { Text = blocks[^1].Text + " " + text };
        else blocks.Add(new Block(kind, text));
    }

    private static string Clean(string raw) => Spaces().Replace(WebUtility.HtmlDecode(raw), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
