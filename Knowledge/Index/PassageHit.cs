using StakeholderBot.Knowledge.Documents;

namespace StakeholderBot.Knowledge.Index;

// A passage as search returns it, with what the answerer needs about its document.
public sealed record PassageHit(
    long Id, long DocumentId, string Path, string Title, string DocumentContext, int Ordinal, string Heading, string Topic, string Language,
    IReadOnlyList<Unit> Units, double Score);

public sealed record StoredDocument(string Path, DocumentKind Kind, string Title, string Language, string? Text, Audience Audience, string Hash);

public sealed record IndexedFile(string Path, long Size, long Modified, string Hash);
