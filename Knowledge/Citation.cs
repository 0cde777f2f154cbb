namespace StakeholderBot.Knowledge;

// A source behind an answer. DocumentPath is relative to the corpus (or "meetings/..." for a logged
// meeting); the host turns it into a URL under /documents/ that Teams can open. Page is the page the quoted
// passage is on (PDF), 0 for documents without pages: the link then opens the document at that page.
public sealed record Citation(int Position, string Title, string Abstract, string DocumentPath)
{
    public int Page { get; init; }
}
