using StakeholderBot.Knowledge.Documents;

namespace StakeholderBot.Knowledge.Index;

// A passage as search returns it, with what the answerer needs about its document. Score is what ranked it (BM25,
// or the fused score once the question's meaning was searched too); Lexical is its BM25 score (0 when only its
// meaning found it), Semantic the cosine of its closest window to the question (0 when not searched or not close),
// and Window that window's units (First, Count), when there is one. Page is the passage's page (PDF), 0 without pages.
public sealed record PassageHit(
    long Id, long DocumentId, string Path, string Title, string DocumentContext, int Ordinal, string Heading, string Topic, string Language,
    IReadOnlyList<Unit> Units, double Score)
{
    public double Lexical { get; init; }
    public double Semantic { get; init; }
    public (int First, int Count)? Window { get; init; }
    public int Page { get; init; }
}

public sealed record StoredDocument(string Path, DocumentKind Kind, string Title, string Language, string? Text, Audience Audience, string Hash);

public sealed record IndexedFile(string Path, long Size, long Modified, string Hash);

public sealed record MissingWindow(long Id, long PassageId, int First, int Count, byte[] Hash, string Title, string Heading, string Body);
