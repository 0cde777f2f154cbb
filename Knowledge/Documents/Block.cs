namespace StakeholderBot.Knowledge.Documents;

public enum BlockKind { Heading, Paragraph, ListItem, Field }

// A piece of a document as its reader understood it: a heading, a paragraph, a list item, or a short
// "Label: value" field ("Start: 01.04.2016").
public sealed record Block(BlockKind Kind, string Text);

public sealed record ParsedDocument(string Title, IReadOnlyList<Block> Blocks);
