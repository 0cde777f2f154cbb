using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Library;
using StakeholderBot.Storage.Documents;

namespace StakeholderBot.Dialogs.Documents;

// Where project documents are kept: the corpus folder on one machine (FolderLibrary), or the shared blob container
// every instance follows (ContainerLibrary). Both answer the list from this instance's index.
public interface IDocumentLibrary
{
    // Every document the bot answers from, for the documents list.
    IReadOnlyList<LibraryEntry> Documents();

    // Documents a project manager can replace or remove from Teams (with the container, not the files shipped with the bot).
    bool IsManaged(LibraryEntry entry);

    // The managed document with this file name (letter case aside), if any.
    LibraryEntry? Managed(string name) =>
        Documents().FirstOrDefault(e => IsManaged(e) && string.Equals(e.FileName, name, StringComparison.OrdinalIgnoreCase));

    // Stores the file and indexes it on this instance at once. `replacing` keeps that document's place and name; if it
    // changed meanwhile, ConcurrencyConflictException and nothing is written.
    Task<LibraryEntry> AddAsync(NewDocument document, LibraryEntry? replacing, CancellationToken cancellationToken);

    Task RemoveAsync(LibraryEntry entry, CancellationToken cancellationToken);

    // A file waiting for a manager's confirmation, kept where every instance can read it.
    Task StageAsync(StagedFile file, CancellationToken cancellationToken);

    Task<StagedFile?> ReadStagedAsync(string id, CancellationToken cancellationToken);

    Task DropStagedAsync(string id, CancellationToken cancellationToken);

    // The bytes of a library document (kind Library), for the link a citation opens; null when gone.
    Task<(Stream Content, long Length)?> OpenAsync(LibraryEntry entry, CancellationToken cancellationToken);
}

// A file read and accepted, ready to store: Prepared holds its passages (its path is set by the library).
public sealed record NewDocument(string Name, byte[] Content, PreparedDocument Prepared, string AddedBy, DateTimeOffset AddedAt);
