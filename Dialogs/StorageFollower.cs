using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StakeholderBot.Dialogs;

// How each instance keeps its local index in line with what all instances share in storage (logged meetings, the
// document library): a full pass at start, tried again with growing delays until it succeeds, then a cheap pass over
// the change log every poll interval and a full pass every full-sync interval. Passes run one at a time; tests call
// them directly.
public abstract class StorageFollower(TimeProvider time, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim running = new(1, 1);
    private DateTimeOffset lastFullSync;
    private volatile bool loaded;

    // A full pass has succeeded since start.
    public bool Loaded => loaded;

    // What is followed, for the log ("stored meetings").
    protected abstract string Subject { get; }

    protected abstract TimeSpan PollInterval { get; }

    protected abstract TimeSpan FullSyncInterval { get; }

    protected TimeProvider Time => time;

    // Returns how many documents it changed; `first` says no full pass has succeeded yet.
    protected abstract Task<int> FullPassAsync(bool first, CancellationToken cancellationToken);

    protected abstract Task<int> PollPassAsync(CancellationToken cancellationToken);

    public Task<int> FullSyncAsync(CancellationToken cancellationToken) => OneAtATimeAsync(async () =>
    {
        var started = time.GetUtcNow();
        var changed = await FullPassAsync(!loaded, cancellationToken);
        lastFullSync = started;
        loaded = true;
        return changed;
    }, cancellationToken);

    public Task<int> PollAsync(CancellationToken cancellationToken) => OneAtATimeAsync(() => PollPassAsync(cancellationToken), cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(2);
        while (!stoppingToken.IsCancellationRequested && !loaded)
        {
            try { await FullSyncAsync(stoppingToken); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Reading {Subject} failed, retrying in {Delay}: {Error}", Subject, delay, e.Message);
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMinutes(1).Ticks));
            }
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(PollInterval, time, stoppingToken);
            try
            {
                if (time.GetUtcNow() - lastFullSync >= FullSyncInterval) await FullSyncAsync(stoppingToken);
                else await PollAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Following {Subject} failed, next try in {Interval}: {Error}", Subject, PollInterval, e.Message);
            }
        }
    }

    private async Task<int> OneAtATimeAsync(Func<Task<int>> pass, CancellationToken cancellationToken)
    {
        await running.WaitAsync(cancellationToken);
        try
        {
            return await pass();
        }
        finally
        {
            running.Release();
        }
    }
}
