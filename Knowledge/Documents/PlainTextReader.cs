using System.Text.RegularExpressions;

namespace StakeholderBot.Knowledge.Documents;

// Plain text has no markup, so structure is read from layout: blank lines end paragraphs, bullets make lists,
// a short line before a paragraph is a heading, "Label: value" lines are fields.
public static partial class PlainTextReader
{
    public static ParsedDocument Read(string text, string fallbackTitle, bool titleFromText = true)
    {
        var groups = Groups(text);
        var blocks = new List<Block>();
        for (var g = 0; g < groups.Count; g++)
        {
            var lines = groups[g];
            if (lines.Count == 1 && IsHeadingLike(lines[0]))
            {
                var next = g + 1 < groups.Count ? groups[g + 1] : null;
                var beforeProse = next is not null && !IsBullet(next[0]) && WordCount(string.Join(' ', next)) >= 15 && !(next.Count == 1 && IsHeadingLike(next[0]));
                blocks.Add(new Block(beforeProse ? BlockKind.Heading : BlockKind.Paragraph, lines[0]));
                continue;
            }
            AddGroup(lines, blocks);
        }

        if (!titleFromText) return new ParsedDocument(fallbackTitle, blocks);
        var title = Titles.FromFirstBlock(blocks, fallbackTitle, out var skipFirst);
        return new ParsedDocument(title, skipFirst ? blocks.Skip(1).ToList() : blocks);
    }

    // One group of lines (no blank line between them): bullets, fields and prose. Also used for a PDF's text blocks.
    internal static void AddGroup(List<string> lines, List<Block> blocks)
    {
        var prose = new List<string>();
        void FlushProse()
        {
            if (prose.Count == 0) return;
            var shortLines = prose.Count > 1 && prose.All(l => WordCount(l) <= 8 && !EndsSentence(l));
            blocks.Add(new Block(BlockKind.Paragraph, string.Join(shortLines ? "; " : " ", prose)));
            prose.Clear();
        }

        foreach (var line in lines)
        {
            if (IsBullet(line)) { FlushProse(); blocks.Add(new Block(BlockKind.ListItem, StripBullet(line))); }
            else if (IsField(line)) { FlushProse(); blocks.Add(new Block(BlockKind.Field, line)); }
            else if (blocks.Count > 0 && blocks[^1].Kind == BlockKind.ListItem && prose.Count == 0 && char.IsLower(line[0]))
                blocks[^1] = blocks[^1] with { Text = blocks[^1].Text + " " + line };
            else prose.Add(line);
        }
        FlushProse();
    }

    private static List<List<string>> Groups(string text)
    {
        var groups = new List<List<string>>();
        var current = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = Whitespace().Replace(raw, " ").Trim();
            if (line.Length == 0) { if (current.Count > 0) { groups.Add(current); current = []; } continue; }
            current.Add(line);
        }
        if (current.Count > 0) groups.Add(current);
        return groups;
    }

    internal static bool IsHeadingLike(string line)
    {
        if (IsBullet(line) || IsField(line) || line.Length > 200) return false;
        var words = WordCount(line);
        var capsStart = CapsWord().IsMatch(line);
        return (words <= 16 || capsStart && words <= 30) && !".,;:".Contains(line[^1]);
    }

    private static bool IsField(string line) => Field().IsMatch(line) && WordCount(line) <= 8 && !line.EndsWith('.');

    private static bool IsBullet(string line) => Bullet().IsMatch(line);

    private static string StripBullet(string line) => Bullet().Replace(line, "", 1).Trim();

    private static bool EndsSentence(string line) => ".!?:;".Contains(line[^1]);

    internal static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^([•·▪◦●○■□➢►‣⁃*–—-]\s*|\d{1,2}[.)]\s+|[a-z][.)]\s+)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\p{L}[\p{L} ]{0,24}:\s+\S")]
    private static partial Regex Field();

    [GeneratedRegex(@"^\p{Lu}{3,}\b")]
    private static partial Regex CapsWord();
}
