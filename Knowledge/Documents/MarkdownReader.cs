using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownBlock = Markdig.Syntax.Block;

namespace StakeholderBot.Knowledge.Documents;

public static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().Build();

    public static ParsedDocument Read(string markdown, string fallbackTitle)
    {
        var blocks = new List<Block>();
        string? title = null;
        Walk(Markdig.Markdown.Parse(markdown, Pipeline), blocks, ref title);
        if (title is not null) return new ParsedDocument(Titles.Shorten(title, Titles.MaxLength), blocks);
        var derived = Titles.FromFirstBlock(blocks, fallbackTitle, out var skipFirst);
        return new ParsedDocument(derived, skipFirst ? blocks.Skip(1).ToList() : blocks);
    }

    private static void Walk(IEnumerable<MarkdownBlock> container, List<Block> blocks, ref string? title)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var text = InlineText(heading.Inline);
                    if (heading.Level == 1 && title is null && blocks.Count == 0) title = text;
                    else if (text.Length > 0) blocks.Add(new Block(BlockKind.Heading, text));
                    break;
                case ParagraphBlock paragraph:
                    Add(blocks, BlockKind.Paragraph, InlineText(paragraph.Inline));
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var parts = item.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline));
                        Add(blocks, BlockKind.ListItem, string.Join(" ", parts));
                        Walk(item.OfType<ListBlock>(), blocks, ref title);
                    }
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                        Add(blocks, BlockKind.Paragraph, string.Join(" | ", row.OfType<TableCell>().Select(c => string.Join(" ", c.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))))));
                    break;
                case ContainerBlock nestedContainer:
                    Walk(nestedContainer, blocks, ref title);
                    break;
            }
        }
    }

    private static void Add(List<Block> blocks, BlockKind kind, string text)
    {
        if (!string.IsNullOrWhiteSpace(text)) blocks.Add(new Block(kind, text.Trim()));
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        Append(inline, text);
        return System.Text.RegularExpressions.Regex.Replace(text.ToString(), @"\s+", " ").Trim();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.ToString()); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case AutolinkInline autolink: text.Append(autolink.Url); break;
            case HtmlInline: break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }
}
