namespace StakeholderBot.Knowledge.Documents;

// The smallest quotable piece of a passage: a sentence, a "Label: value" line, a list with its intro, or a
// heading that names something ("ITALY (Unioncamere Lombardia)").
public sealed record Unit(string Text, IReadOnlyList<string> Items, bool IsHeading = false)
{
    private const char HeadingMark = '\u001E';

    public static Unit Sentence(string text) => new(text, []);

    public static Unit Heading(string text) => new(text, [], true);

    public bool IsList => Items.Count > 0;

    public string FullText => IsList ? (Text.Length > 0 ? Text + " " : "") + string.Join("; ", Items.Select(i => i.TrimEnd(',', ';', ' '))) : Text;

    // Stored one unit per line; list items separated by U+001F (neither occurs in cleaned text).
    public string Serialise() => IsHeading ? HeadingMark + Text : IsList ? Text + "\u001F" + string.Join("\u001F", Items) : Text;

    public static Unit Parse(string line)
    {
        if (line.Length > 0 && line[0] == HeadingMark) return Heading(line[1..]);
        var parts = line.Split('\u001F');
        return parts.Length == 1 ? Sentence(parts[0]) : new Unit(parts[0], parts[1..]);
    }
}

// Topic: the opening sentences of the block (run of sentences after a heading or list) the passage starts in,
// when that block began in an earlier passage: what "this" in "Which partners are working on this?" refers to.
// Page: the page the passage is on (passages of a PDF never cross a page break); 0 for formats without pages.
public sealed record Passage(int Ordinal, string Heading, string Language, IReadOnlyList<Unit> Units, string Topic = "", int Page = 0)
{
    public string Body => string.Join("\n", Units.Select(u => u.Serialise()));

    public string Text => string.Join(" ", Units.Select(u => u.FullText));

    public static IReadOnlyList<Unit> ParseBody(string body) => body.Split('\n').Select(Unit.Parse).ToList();
}

// A document ready for the index: its passages, its main language and the words that say what it is about.
// Pages: how many pages it has (PDF), 0 otherwise.
public sealed record PreparedDocument(string Path, string Title, string Language, string Context, IReadOnlyList<Passage> Passages, int Pages = 0);
