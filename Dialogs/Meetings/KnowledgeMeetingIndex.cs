using StakeholderBot.Knowledge;

namespace StakeholderBot.Dialogs.Meetings;

// Logged meetings in this instance's knowledge index, so questions about them are answered with a citation.
public sealed class KnowledgeMeetingIndex(IKnowledgeDocuments documents) : IMeetingIndex
{
    public Task UpsertAsync(MeetingDocument document, CancellationToken cancellationToken) =>
        documents.UpsertDocumentAsync(document.Path, document.Title, document.Language, document.Text, cancellationToken);
}
