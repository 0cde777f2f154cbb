using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StakeholderBot.Knowledge.Index;

// Builds (or reuses) the index at start-up, then follows the corpus folder: file system events trigger a sync
// shortly after they stop arriving, and a periodic rescan catches what the watcher misses (network shares,
// events dropped under load, the folder created later).
public sealed class KnowledgeIndexingService(
    KnowledgeOptions options, CorpusIndexer indexer, KnowledgeReadiness readiness, ILogger<KnowledgeIndexingService> logger) : BackgroundService
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private FileSystemWatcher? watcher;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            Watch();
            if (await SyncAsync(stoppingToken)) readiness.MarkReady();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(options.RescanInterval);
            try
            {
                await changes.Reader.ReadAsync(timeout.Token);
                await Task.Delay(Settle, stoppingToken);
                while (changes.Reader.TryRead(out _)) { }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The rescan interval passed without events.
            }
        }
    }

    public override void Dispose()
    {
        watcher?.Dispose();
        base.Dispose();
    }

    private async Task<bool> SyncAsync(CancellationToken stoppingToken)
    {
        try
        {
            var result = await indexer.SyncAsync(stoppingToken);
            if (!readiness.IsReady) logger.LogInformation("Knowledge index ready: {Indexed} indexed, {Unchanged} reused from {Path}", result.Indexed, result.Unchanged, options.IndexPath);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Indexing {Corpus} failed; retrying at the next change or rescan", options.CorpusPath);
            return false;
        }
    }

    private void Watch()
    {
        if (watcher is not null || !Directory.Exists(options.CorpusPath)) return;
        try
        {
            watcher = new FileSystemWatcher(options.CorpusPath)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            FileSystemEventHandler changed = (_, _) => changes.Writer.TryWrite(true);
            watcher.Created += changed;
            watcher.Changed += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => changes.Writer.TryWrite(true);
            watcher.Error += (_, e) => { logger.LogWarning(e.GetException(), "Corpus watcher overflowed; the rescan will catch up"); changes.Writer.TryWrite(true); };
            watcher.EnableRaisingEvents = true;
        }
        catch (Exception error) when (error is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // inotify limits reached, for instance: the periodic rescan still keeps the index current.
            logger.LogWarning(error, "Cannot watch {Corpus}; relying on the periodic rescan", options.CorpusPath);
            watcher?.Dispose();
            watcher = null;
        }
    }
}
