using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Library;

// A document as the documents list shows it: Problem is why it has no passages ("no text: ..."), Hash what the source
// last had (a content hash for files, the blob's ETag for library documents), Modified the source's time.
public sealed record LibraryEntry(
    string Path, DocumentKind Kind, string Title, string Language, int Pages, int Passages, string? AddedBy, DateTimeOffset? AddedAt,
    DateTimeOffset Modified, string? Problem, string Hash, long Size)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public string Type => System.IO.Path.GetExtension(Path).TrimStart('.').ToUpperInvariant();
}
