using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Index;

// File: a file of the corpus folder; Stored: text the bot stored itself (logged meetings); Library: a document of the
// shared library container (added from Teams), followed by every instance.
public enum DocumentKind { File, Stored, Library }

// Where a document came from, so a restart can tell whether the file changed (size, time, then content hash),
// who may read it, and who added it when that is known (documents added from Teams).
public sealed record DocumentSource(DocumentKind Kind, long Size, long Modified, string Hash, string? StoredText = null,
    Audience Audience = Audience.Everyone)
{
    public string? AddedBy { get; init; }
    public DateTimeOffset? AddedAt { get; init; }
}

// A document with its index terms worked out, ready to be written in one transaction. Built off the writer's
// thread because tokenising is the expensive part. Problem says why a document that could not be read has no
// passages ("no text: ..."); it is recorded so the documents list shows it and a restart does not read it again.
public sealed record IndexEntry(
    PreparedDocument Document, DocumentSource Source, string ContextTerms, IReadOnlyList<(string Heading, string Body)> PassageTerms,
    IReadOnlyList<List<PassageWindow>> Windows, string? Problem = null)
{
    public static IndexEntry Unreadable(string path, string title, DocumentSource source, string problem) =>
        new(new PreparedDocument(path, title, "", "", []), source, "", [], [], problem);

    public static IndexEntry Create(PreparedDocument document, DocumentSource source) => new(
        document,
        source,
        Terms.ForIndex(document.Context, document.Language),
        document.Passages.Select(TermsOf).ToList(),
        document.Passages.Select(p => PassageWindows.Of(document.Title, p.Heading, p.Units)).ToList());

    public static (string Heading, string Body) TermsOf(Passage passage) =>
        (Terms.ForIndex(passage.Heading + " " + passage.Topic, passage.Language), Terms.ForIndex(passage.Text, passage.Language));
}
