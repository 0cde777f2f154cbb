namespace StakeholderBot.Knowledge;

// Documents that are not files in the corpus (logged meetings, path "meetings/..."): their text is stored in the
// index, answered from for the audience they are for, and served by GET /documents/{path} as a simple HTML page.
public interface IKnowledgeDocuments
{
    // Adds or replaces the document at this path; the same title, language, audience and text again changes nothing.
    // Language is a two-letter code ("en", "nl"); empty means detect.
    Task UpsertDocumentAsync(string path, string title, string language, string text, Audience audience, CancellationToken cancellationToken = default);

    // Removes the document; a path that is not indexed is ignored.
    Task RemoveDocumentAsync(string path, CancellationToken cancellationToken = default);

    // Paths of the stored documents under a prefix ("meetings/").
    IReadOnlyList<string> StoredPaths(string prefix);

    // The stored documents under the prefix come from this source (a storage account's table, say): if the index
    // holds them from another source, they are removed. Returns how many were.
    Task<int> BindSourceAsync(string prefix, string source, CancellationToken cancellationToken = default);
}
