namespace StakeholderBot.Knowledge;

// A source behind an answer. DocumentPath is relative to the corpus (or "meetings/..." for a logged
// meeting); the host turns it into a URL under /documents/ that Teams can open.
public sealed record Citation(int Position, string Title, string Abstract, string DocumentPath);
