namespace StakeholderBot.Knowledge;

// A source behind an answer. DocumentPath is relative to the corpus (or "meetings/..." for a logged meeting);
// Url is the signed link that opens it, set by the flow that knows who the answer is for. Page is the page the
// quoted passage is on (PDF), 0 for documents without pages: the link then opens the document at that page.
public sealed record Citation(int Position, string Title, string Abstract, string DocumentPath)
{
    public string? Url { get; init; }
    public int Page { get; init; }
}
