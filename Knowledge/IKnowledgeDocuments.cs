namespace StakeholderBot.Knowledge;

// Documents that are not files in the corpus (logged meetings, path "meetings/..."): their text is stored in the
// index, answered from like any file and served by GET /documents/{path} as a simple HTML page.
public interface IKnowledgeDocuments
{
    // Adds or replaces the document at this path. Language is a two-letter code ("en", "nl"); empty means detect.
    Task UpsertDocumentAsync(string path, string title, string language, string text, CancellationToken cancellationToken = default);

    // Removes the document; a path that is not indexed is ignored.
    Task RemoveDocumentAsync(string path, CancellationToken cancellationToken = default);
}
