using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Documents;

// Cuts a document into passages of about TargetWords that never cross a heading or a page break, keeping each unit
// whole (a citation names the page of the passage).
public static class PassageBuilder
{
    private const int TargetWords = 120;
    private const int MaxListItems = 12;
    private const int MaxCaptionWords = 4;

    public static PreparedDocument Build(string path, ParsedDocument document, string? language = null)
    {
        var fullText = string.Join(" ", document.Blocks.Take(40).Select(b => b.Text));
        var documentLanguage = string.IsNullOrEmpty(language) ? LanguageDetector.Detect(fullText) : language;
        var passages = new List<Passage>();
        var heading = "";
        var units = new List<Unit>();
        var words = 0;
        var blockOpening = new List<string>();
        var topic = "";
        var page = 0;

        void Flush()
        {
            if (units.Count == 0) return;
            var text = string.Join(" ", units.Select(u => u.FullText));
            var passageLanguage = string.IsNullOrEmpty(language) ? LanguageDetector.Detect(text, documentLanguage) : language;
            passages.Add(new Passage(passages.Count, heading, passageLanguage, units, topic, page));
            units = [];
            words = 0;
        }

        void Add(Unit unit)
        {
            var count = PlainTextReader.WordCount(unit.FullText);
            if (words > 0 && words + count > TargetWords && words >= TargetWords / 2) Flush();
            if (units.Count == 0) topic = string.Join(" ", blockOpening);
            units.Add(unit);
            words += count;
            // A list closes a block; the sentences after it open the next one.
            if (unit.IsList) blockOpening.Clear();
            else if (blockOpening.Count < 2 && !unit.IsHeading) blockOpening.Add(unit.Text);
        }

        var blocks = document.Blocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Page != page)
            {
                Flush();
                page = block.Page;
            }
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    Flush();
                    heading = Titles.Shorten(block.Text, 120);
                    blockOpening.Clear();
                    // A heading that names something ("ITALY (Unioncamere Lombardia)") can itself be the answer; a question cannot.
                    if (PlainTextReader.WordCount(block.Text) >= 2 && !block.Text.EndsWith('?') && !block.Text.EndsWith(':')) Add(Unit.Heading(block.Text));
                    break;
                case BlockKind.Paragraph:
                    foreach (var sentence in Joined(SentenceSplitter.Split(block.Text))) Add(Unit.Sentence(sentence));
                    break;
                case BlockKind.Field:
                    var fields = new List<string> { block.Text };
                    while (b + 1 < blocks.Count && blocks[b + 1].Kind == BlockKind.Field) fields.Add(blocks[++b].Text);
                    Add(Unit.Sentence(string.Join("; ", fields)));
                    break;
                case BlockKind.ListItem:
                    var items = new List<string> { block.Text };
                    while (b + 1 < blocks.Count && blocks[b + 1].Kind == BlockKind.ListItem) items.Add(blocks[++b].Text);
                    // A sentence ending in ':' or '?' right before the list introduces it and is quoted with it, as does a
                    // caption of a few words that ends in no stop ("Partners", "Who can apply").
                    var intro = "";
                    if (units.Count > 0 && !units[^1].IsList && !units[^1].IsHeading && units[^1].Text.Length > 0
                        && (units[^1].Text[^1] is ':' or '?' || IsCaption(blocks, b - items.Count + 1, units[^1].Text)))
                    {
                        // A caption reads as the list's introduction: "Partners: A; B".
                        intro = units[^1].Text[^1] is ':' or '?' ? units[^1].Text : units[^1].Text + ":";
                        words -= PlainTextReader.WordCount(intro);
                        units.RemoveAt(units.Count - 1);
                    }
                    foreach (var chunk in items.Chunk(MaxListItems)) Add(new Unit(intro, chunk));
                    break;
            }
        }
        Flush();
        return new PreparedDocument(path, document.Title, documentLanguage, DocumentContext.Build(document.Title, document.Blocks), passages, document.Pages);
    }

    // "... smart paper insights. Which can be used for measuring shocks ...": a relative clause written as a sentence of
    // its own (not a question) goes on with the sentence before it, and is quoted with it.
    private static List<string> Joined(IReadOnlyList<string> sentences)
    {
        var joined = new List<string>(sentences.Count);
        foreach (var sentence in sentences)
            if (joined.Count > 0 && !sentence.EndsWith('?') && (sentence.StartsWith("Which ", StringComparison.Ordinal) || sentence.StartsWith("Who ", StringComparison.Ordinal)))
                joined[^1] += " " + sentence;
            else joined.Add(sentence);
        return joined;
    }

    // The paragraph right before a list's first item is a caption when it is that short line alone.
    private static bool IsCaption(IReadOnlyList<Block> blocks, int first, string text) =>
        first > 0 && blocks[first - 1] is { Kind: BlockKind.Paragraph } caption && caption.Text.Trim() == text
        && PlainTextReader.WordCount(text) <= MaxCaptionWords && !char.IsPunctuation(text[^1]);
}
