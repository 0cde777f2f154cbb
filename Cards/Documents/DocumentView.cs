namespace StakeholderBot.Cards.Documents;

// A library document as the cards show it. Path is what card actions carry back; Manageable says the reader may
// replace or remove it from Teams (a project manager, and a document added from Teams rather than shipped).
public sealed record DocumentView(
    string Path, string Title, string FileName, string Type, int Pages, int Passages, string Language, string? AddedBy,
    DateTimeOffset? AddedAt, string? Problem, bool Manageable);
