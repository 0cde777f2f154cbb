using StakeholderBot.Knowledge;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Logged meetings in this instance's knowledge index, so questions about them are answered with a citation, each
// document for the audience MeetingDocument gives it.
public sealed class KnowledgeMeetingIndex(IKnowledgeDocuments documents) : IMeetingIndex
{
    public async Task UpsertAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var current = MeetingDocument.For(meeting);
        foreach (var document in current)
            await documents.UpsertDocumentAsync(document.Path, document.Title, document.Language, document.Text, document.Audience, cancellationToken);
        // A meeting no longer shared loses its shared view.
        var record = current[0].Path;
        foreach (var path in documents.StoredPaths(record).Where(p => MeetingDocument.RecordPathOf(p) == record && current.All(d => d.Path != p)))
            await documents.RemoveDocumentAsync(path, cancellationToken);
    }

    public IReadOnlySet<string> IndexedRecords() =>
        documents.StoredPaths(MeetingDocument.Root).Select(MeetingDocument.RecordPathOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public async Task RemoveAsync(string recordPath, CancellationToken cancellationToken)
    {
        foreach (var path in documents.StoredPaths(recordPath).Where(p => MeetingDocument.RecordPathOf(p) == recordPath))
            await documents.RemoveDocumentAsync(path, cancellationToken);
    }

    public Task<int> BindSourceAsync(string source, CancellationToken cancellationToken) =>
        documents.BindSourceAsync(MeetingDocument.Root, source, cancellationToken);
}
