using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Documents;

namespace StakeholderBot.Knowledge.Index;

public sealed record SyncResult(int Indexed, int Removed, int Unchanged, int Failed);

// Brings the index in line with the corpus folder: new and changed files (size or time differs and the content
// hash too) are read in parallel and written in batches; files gone from the folder leave the index.
public sealed class CorpusIndexer(KnowledgeOptions options, IndexReader reader, IndexWriter writer, ILogger<CorpusIndexer> logger)
{
    private const int BatchSize = 200;
    private readonly SemaphoreSlim running = new(1, 1);

    public async Task<SyncResult> SyncAsync(CancellationToken cancellationToken)
    {
        await running.WaitAsync(cancellationToken);
        try
        {
            var root = options.CorpusPath;
            var indexed = reader.Files();
            var present = new HashSet<string>(StringComparer.Ordinal);
            var candidates = new List<(string Path, FileInfo File)>();
            foreach (var file in CorpusFiles(root))
            {
                var path = DocumentPaths.FromFile(root, file.FullName);
                present.Add(path);
                if (indexed.TryGetValue(path, out var known) && known.Size == file.Length && known.Modified == file.LastWriteTimeUtc.Ticks) continue;
                candidates.Add((path, file));
            }
            var removed = indexed.Keys.Where(p => !present.Contains(p)).ToList();
            var (written, failed) = await IndexFilesAsync(candidates, indexed, removed, cancellationToken);
            if (written + removed.Count > 0 || failed > 0)
                logger.LogInformation("Corpus {Root}: {Indexed} indexed, {Removed} removed, {Failed} unreadable", root, written, removed.Count, failed);
            return new SyncResult(written, removed.Count, present.Count - candidates.Count, failed);
        }
        finally
        {
            running.Release();
        }
    }

    private async Task<(int Written, int Failed)> IndexFilesAsync(List<(string Path, FileInfo File)> files, Dictionary<string, IndexedFile> indexed, List<string> removed, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<IndexEntry>(new BoundedChannelOptions(BatchSize * 2) { SingleReader = true });
        var failed = 0;
        var written = 0;
        var touched = new System.Collections.Concurrent.ConcurrentBag<(string Path, long Modified)>();
        var writing = Task.Run(async () =>
        {
            var batch = new List<IndexEntry>(BatchSize);
            IReadOnlyCollection<string> toRemove = removed;
            await foreach (var entry in channel.Reader.ReadAllAsync(cancellationToken))
            {
                batch.Add(entry);
                // Full batches while a bulk load streams in; whatever is there when the parsers pause.
                if (batch.Count < BatchSize && channel.Reader.Count > 0) continue;
                await writer.WriteAsync(batch, toRemove, cancellationToken);
                written += batch.Count(e => e.Problem is null);
                batch.Clear();
                toRemove = [];
            }
            await writer.WriteAsync(batch, toRemove, cancellationToken);
            written += batch.Count(e => e.Problem is null);
        }, cancellationToken);

        try
        {
            await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (file, token) =>
            {
                var (entry, unchanged) = Read(file.Path, file.File, indexed.GetValueOrDefault(file.Path));
                if (unchanged) touched.Add((file.Path, file.File.LastWriteTimeUtc.Ticks));
                else if (entry is null) Interlocked.Increment(ref failed);
                else
                {
                    if (entry.Problem is not null) Interlocked.Increment(ref failed);
                    await channel.Writer.WriteAsync(entry, token);
                }
            });
        }
        finally
        {
            channel.Writer.Complete();
        }
        await writing;
        await writer.TouchAsync(touched.ToList(), cancellationToken);
        return (written, failed);
    }

    private (IndexEntry? Entry, bool Unchanged) Read(string path, FileInfo file, IndexedFile? known)
    {
        try
        {
            var bytes = File.ReadAllBytes(file.FullName);
            var hash = Convert.ToHexString(SHA256.HashData(bytes));
            // Touched but not changed (copied back, restored): only the time stamp is updated.
            if (known is not null && known.Hash == hash) return (null, true);
            var (addedBy, addedAt) = AddedBy.Read(options.CorpusPath, path);
            var source = new DocumentSource(DocumentKind.File, bytes.Length, file.LastWriteTimeUtc.Ticks, hash) { AddedBy = addedBy, AddedAt = addedAt };
            try
            {
                return (IndexEntry.Create(PassageBuilder.Build(path, DocumentReaders.Read(file.FullName, bytes)), source), false);
            }
            catch (UnreadableDocumentException unreadable)
            {
                // Recorded without passages: listed with its reason, and not read again until the file changes.
                logger.LogWarning("{Path} is not indexed: {Reason}", path, unreadable.Message);
                return (IndexEntry.Unreadable(path, Path.GetFileNameWithoutExtension(path), source, unreadable.Message), false);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(error, "Cannot read {Path}; it stays out of the index", path);
            return (null, false);
        }
    }

    // Supported files below the root, skipping hidden files and folders and symbolic links (which could lead
    // outside the corpus).
    private IEnumerable<FileInfo> CorpusFiles(string root)
    {
        if (!Directory.Exists(root)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        return new DirectoryInfo(root).EnumerateFiles("*", options)
            .Where(f => DocumentReaders.IsSupported(f.Name) && !f.Name.StartsWith('.') && !f.Name.StartsWith("~$"))
            .Where(f => f.LinkTarget is null)
            .Where(f => DocumentPaths.IsValid(DocumentPaths.FromFile(root, f.FullName)));
    }
}
