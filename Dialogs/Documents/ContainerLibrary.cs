using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Library;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Documents;

namespace StakeholderBot.Dialogs.Documents;

// The library every instance shares (Knowledge:Container): a document is stored as a blob, indexed here at once and
// announced in the change log, from which the other instances pick it up within seconds (LibrarySync). The files
// shipped in the corpus folder stay answerable but are managed by deploying, not from Teams.
public sealed class ContainerLibrary(LibraryContainer container, LibraryChanges changes, LibraryIndex index, ILogger<ContainerLibrary> logger)
    : IDocumentLibrary
{
    public IReadOnlyList<LibraryEntry> Documents() => index.Entries();

    public bool IsManaged(LibraryEntry entry) => entry.Kind == DocumentKind.Library;

    public async Task<LibraryEntry> AddAsync(NewDocument document, LibraryEntry? replacing, CancellationToken cancellationToken)
    {
        var name = replacing?.FileName ?? document.Name;
        var blob = await container.UploadAsync(name, document.Content, document.AddedBy, document.AddedAt, replacing?.Hash, cancellationToken);
        var path = LibraryIndex.PathOf(name);
        await index.AddAsync(document.Prepared with { Path = path }, SourceOf(blob), cancellationToken);
        await AnnounceAsync(name, cancellationToken);
        return index.Find(path)!;
    }

    public async Task RemoveAsync(LibraryEntry entry, CancellationToken cancellationToken)
    {
        await container.DeleteAsync(entry.FileName, cancellationToken);
        await index.RemoveAsync(entry.Path, cancellationToken);
        await AnnounceAsync(entry.FileName, cancellationToken);
    }

    public Task StageAsync(StagedFile file, CancellationToken cancellationToken) => container.StageAsync(file, cancellationToken);

    public Task<StagedFile?> ReadStagedAsync(string id, CancellationToken cancellationToken) => container.ReadStagedAsync(id, cancellationToken);

    public Task DropStagedAsync(string id, CancellationToken cancellationToken) => container.DeleteStagedAsync(id, cancellationToken);

    public Task<(Stream Content, long Length)?> OpenAsync(LibraryEntry entry, CancellationToken cancellationToken) =>
        container.OpenAsync(entry.FileName, cancellationToken);

    public static DocumentSource SourceOf(LibraryBlob blob) =>
        new(DocumentKind.Library, blob.Size, blob.Modified.UtcTicks, blob.ETag) { AddedBy = blob.AddedBy, AddedAt = blob.AddedAt };

    // The document is stored either way; without the log entry the other instances see it at their next full listing.
    private async Task AnnounceAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await changes.AddAsync(name, cancellationToken);
        }
        catch (StoreUnavailableException error)
        {
            logger.LogWarning("Library change of {Name} not logged; other instances will see it at their next full listing: {Error}", name, error.Message);
        }
    }
}
