using System.Security.Cryptography;
using System.Text.Json;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Library;
using StakeholderBot.Storage.Documents;

namespace StakeholderBot.Dialogs.Documents;

// The library on one machine is the corpus folder itself (Knowledge:CorpusPath): a file sent from Teams is written
// there and indexed at once (with the size and time it got, so the folder watcher finds nothing to redo); who added
// it is kept beside it in .library/<name>.json, which the indexer reads. Files waiting for confirmation wait next to
// the index, never in the corpus.
public sealed class FolderLibrary(KnowledgeOptions options, LibraryIndex index) : IDocumentLibrary
{
    private string Root => Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.CorpusPath)) + Path.DirectorySeparatorChar;

    private string StagingFolder => Path.Combine(Path.GetDirectoryName(options.IndexPath)!, "staged");

    public IReadOnlyList<LibraryEntry> Documents() => index.Entries();

    // Files added from Teams (they have an added date); files put into the folder by hand are managed by hand.
    public bool IsManaged(LibraryEntry entry) => entry.Kind == DocumentKind.File && entry.AddedAt is not null;

    public async Task<LibraryEntry> AddAsync(NewDocument document, LibraryEntry? replacing, CancellationToken cancellationToken)
    {
        var path = replacing?.Path ?? document.Name;
        var file = FileOf(path);
        if (replacing is null && File.Exists(file)) throw new Storage.ConcurrencyConflictException($"A document named {path} was added meanwhile.");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Written beside it and moved over it, so the watcher never reads half a file.
        var partial = file + ".partial~";
        await File.WriteAllBytesAsync(partial, document.Content, cancellationToken);
        File.Move(partial, file, overwrite: true);
        await AddedBy.WriteAsync(Root, path, document.AddedBy, document.AddedAt, cancellationToken);

        var written = new FileInfo(file);
        var source = new DocumentSource(DocumentKind.File, written.Length, written.LastWriteTimeUtc.Ticks, Convert.ToHexString(SHA256.HashData(document.Content)))
        {
            AddedBy = document.AddedBy,
            AddedAt = document.AddedAt,
        };
        await index.AddAsync(document.Prepared with { Path = path }, source, cancellationToken);
        return index.Find(path)!;
    }

    public async Task RemoveAsync(LibraryEntry entry, CancellationToken cancellationToken)
    {
        File.Delete(FileOf(entry.Path));
        AddedBy.Delete(Root, entry.Path);
        await index.RemoveAsync(entry.Path, cancellationToken);
    }

    public async Task StageAsync(StagedFile file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(StagingFolder);
        DropOlderThan(DateTime.UtcNow.AddDays(-1));
        await File.WriteAllBytesAsync(Path.Combine(StagingFolder, file.Id), file.Content, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(StagingFolder, file.Id + ".json"),
            JsonSerializer.Serialize(new Staged(file.Name, file.AddedBy, file.AddedAt)), cancellationToken);
    }

    public async Task<StagedFile?> ReadStagedAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsStagingId(id) || !File.Exists(Path.Combine(StagingFolder, id + ".json"))) return null;
        var staged = JsonSerializer.Deserialize<Staged>(await File.ReadAllTextAsync(Path.Combine(StagingFolder, id + ".json"), cancellationToken))!;
        return new StagedFile(id, staged.Name, await File.ReadAllBytesAsync(Path.Combine(StagingFolder, id), cancellationToken), staged.AddedBy, staged.AddedAt);
    }

    public Task DropStagedAsync(string id, CancellationToken cancellationToken)
    {
        if (IsStagingId(id)) foreach (var name in new[] { id, id + ".json" }) File.Delete(Path.Combine(StagingFolder, name));
        return Task.CompletedTask;
    }

    // Corpus files are opened by the documents endpoint itself.
    public Task<(Stream Content, long Length)?> OpenAsync(LibraryEntry entry, CancellationToken cancellationToken) =>
        Task.FromResult<(Stream, long)?>(null);

    private void DropOlderThan(DateTime before)
    {
        foreach (var file in new DirectoryInfo(StagingFolder).EnumerateFiles().Where(f => f.LastWriteTimeUtc < before)) file.Delete();
    }

    // Staging ids are made by the flow (32 hex digits); anything else from a card is not a file name to open.
    private static bool IsStagingId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigit);

    private string FileOf(string path)
    {
        var file = Path.GetFullPath(Path.Combine(Root, path));
        if (!file.StartsWith(Root, StringComparison.Ordinal) || !DocumentPaths.IsValid(path))
            throw new ArgumentException($"'{path}' is not a path inside the corpus folder.", nameof(path));
        return file;
    }

    private sealed record Staged(string Name, string? AddedBy, DateTimeOffset? AddedAt);
}
