using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Library;

// The index side of the document library: a file is read (and refused with its reason) before anything is stored,
// then written to this instance's index with where it came from and who added it. Library documents (the shared
// container) live under library/ so they never collide with corpus files; project documents are for everyone.
public sealed class LibraryIndex(IndexReader reader, IndexWriter writer)
{
    public const string Prefix = "library/";

    public static string PathOf(string name) => Prefix + name;

    public static string? NameOf(string path) => path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : null;

    // Throws UnreadableDocumentException (damaged, password, no text, too large) with a reason a person can act on.
    public static PreparedDocument Prepare(string path, byte[] content) => PassageBuilder.Build(path, DocumentReaders.Read(path, content));

    public IReadOnlyList<LibraryEntry> Entries() => reader.LibraryEntries();

    public LibraryEntry? Find(string path) => reader.LibraryEntries().FirstOrDefault(e => e.Path == path);

    public Task AddAsync(PreparedDocument document, DocumentSource source, CancellationToken cancellationToken) =>
        writer.WriteAsync([IndexEntry.Create(document, source)], [], cancellationToken);

    // Kept without passages, so the list shows why and a full sync does not read it again until it changes.
    public Task AddUnreadableAsync(string path, DocumentSource source, string problem, CancellationToken cancellationToken) =>
        writer.WriteAsync([IndexEntry.Unreadable(path, Path.GetFileNameWithoutExtension(path), source, problem)], [], cancellationToken);

    public Task RemoveAsync(string path, CancellationToken cancellationToken) => writer.WriteAsync([], [path], cancellationToken);
}
