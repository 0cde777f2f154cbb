namespace StakeholderBot.Knowledge.Documents;

public enum BlockKind { Heading, Paragraph, ListItem, Field }

// A piece of a document as its reader understood it: a heading, a paragraph, a list item, or a short
// "Label: value" field ("Start: 01.04.2016"). Page is the page it starts on, for paged formats (PDF); 0 otherwise.
public sealed record Block(BlockKind Kind, string Text, int Page = 0);

// Pages: how many pages the document has (PDF); 0 for formats without pages.
public sealed record ParsedDocument(string Title, IReadOnlyList<Block> Blocks, int Pages = 0);
