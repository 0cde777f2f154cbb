using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Library;
using StakeholderBot.Storage.Documents;

namespace StakeholderBot.Dialogs.Documents;

// Each instance keeps its own index of the shared library container. A full listing (names and ETags) at start and
// every LibraryFullSyncSeconds reads what is new or changed and drops what is gone; in between, the change log is
// read every LibraryPollSeconds, over a window that overlaps the last read, so a document added on another instance
// is answerable here within seconds. A document whose ETag is already indexed is never downloaded again, so a
// restart reads only what changed. Without a container (the corpus folder is the library) it does nothing.
public sealed class LibrarySync(KnowledgeOptions options, DocumentsOptions limits, LibraryContainer container, LibraryChanges changes,
    LibraryIndex index, TimeProvider time, ILogger<LibrarySync> logger) : StorageFollower(time, logger), IHealthCheck
{
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StagedLifetime = TimeSpan.FromDays(1);
    private readonly Dictionary<string, DateTimeOffset> processed = new(StringComparer.Ordinal);
    private DateTimeOffset lastPoll;

    // The container was listed once since start (always true without a container).
    public bool IsLoaded => !options.HasContainer || Loaded;

    protected override string Subject => $"the document library {options.Container}";

    protected override TimeSpan PollInterval => options.LibraryPollInterval;

    protected override TimeSpan FullSyncInterval => options.LibraryFullSyncInterval;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.HasContainer ? base.ExecuteAsync(stoppingToken) : Task.CompletedTask;

    // Returns how many documents were (re)read or removed.
    protected override async Task<int> FullPassAsync(bool first, CancellationToken cancellationToken)
    {
        var started = Time.GetUtcNow();
        var blobs = await container.ListAsync(cancellationToken);
        var indexed = Indexed();
        var changed = 0;
        foreach (var blob in blobs.Where(b => !indexed.TryGetValue(LibraryIndex.PathOf(b.Name), out var known) || known.Hash != b.ETag))
        {
            await RefreshAsync(blob.Name, cancellationToken);
            changed++;
        }
        var present = blobs.Select(b => LibraryIndex.PathOf(b.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in indexed.Keys.Where(p => !present.Contains(p)))
        {
            await index.RemoveAsync(gone, cancellationToken);
            changed++;
        }
        await container.DropStagedOlderThanAsync(started - StagedLifetime, cancellationToken);
        lastPoll = started;
        if (first || changed > 0) logger.LogInformation("Document library {Container}: {Count} documents, {Changed} read or removed", options.Container, blobs.Count, changed);
        return changed;
    }

    // One pass over the change log since the last pass (minus the overlap). Returns how many documents it changed here.
    protected override async Task<int> PollPassAsync(CancellationToken cancellationToken)
    {
        var started = Time.GetUtcNow();
        var since = lastPoll - Overlap;
        var changed = 0;
        foreach (var change in await changes.SinceAsync(since, cancellationToken))
        {
            if (processed.ContainsKey(change.EntryKey)) continue;
            if (await RefreshAsync(change.Document, cancellationToken)) changed++;
            processed[change.EntryKey] = change.At;
        }
        foreach (var old in processed.Where(p => p.Value < since).Select(p => p.Key).ToList()) processed.Remove(old);
        lastPoll = started;
        return changed;
    }

    // Brings one document in line with the container: read again if its ETag changed, removed if it is gone.
    // Returns whether anything changed here.
    private async Task<bool> RefreshAsync(string name, CancellationToken cancellationToken)
    {
        var path = LibraryIndex.PathOf(name);
        var known = index.Find(path);
        var found = await container.DownloadAsync(name, limits.MaxFileBytes, cancellationToken);
        if (found is not { } download)
        {
            if (known is null) return false;
            await index.RemoveAsync(path, cancellationToken);
            logger.LogInformation("Library document {Name} was removed", name);
            return true;
        }
        if (known?.Hash == download.Blob.ETag) return false;
        var source = ContainerLibrary.SourceOf(download.Blob);
        if (download.Content is not { } content)
        {
            await Unreadable(path, source, $"too large: {download.Blob.Size / (1024 * 1024)} MB, at most {limits.MaxFileMegabytes} MB are read", cancellationToken);
            return true;
        }
        try
        {
            await index.AddAsync(LibraryIndex.Prepare(path, content), source, cancellationToken);
            logger.LogInformation("Library document {Name} indexed", name);
        }
        catch (UnreadableDocumentException error)
        {
            await Unreadable(path, source, error.Message, cancellationToken);
        }
        return true;
    }

    private async Task Unreadable(string path, DocumentSource source, string problem, CancellationToken cancellationToken)
    {
        logger.LogWarning("Library document {Path} is not indexed: {Reason}", path, problem);
        await index.AddUnreadableAsync(path, source, problem, cancellationToken);
    }

    private Dictionary<string, LibraryEntry> Indexed() =>
        index.Entries().Where(e => e.Kind == DocumentKind.Library).ToDictionary(e => e.Path, StringComparer.Ordinal);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(IsLoaded
            ? HealthCheckResult.Healthy("The document library is indexed.")
            : HealthCheckResult.Degraded("The document library is still being read; questions about its documents may miss some."));
}
