using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Each instance has its own local index. At start it indexes every stored meeting; then it polls the change
// log, re-reading a window that overlaps the last successful poll so clock skew between writers and a write
// that commits just after its log entry are both caught. Re-indexing a meeting is idempotent.
public sealed class MeetingIndexSync(MeetingStore store, IMeetingIndex index, TimeProvider time, MeetingSyncOptions options,
    ILogger<MeetingIndexSync> logger) : BackgroundService, IHealthCheck
{
    private readonly Dictionary<string, DateTimeOffset> processed = new(StringComparer.Ordinal);
    private DateTimeOffset lastPoll;
    private volatile bool loaded;

    public bool Loaded => loaded;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(2);
        while (!stoppingToken.IsCancellationRequested && !loaded)
        {
            try { await LoadAllAsync(stoppingToken); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Indexing stored meetings failed, retrying in {Delay}: {Error}", delay, e.Message);
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromMinutes(1).Ticks));
            }
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.PollInterval, time, stoppingToken);
            try { await PollAsync(stoppingToken); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Reading the meeting change log failed, next try in {Interval}: {Error}", options.PollInterval, e.Message);
            }
        }
    }

    public async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var count = 0;
        await foreach (var meeting in store.AllMeetingsAsync(cancellationToken))
        {
            await index.UpsertAsync(MeetingDocument.From(meeting), cancellationToken);
            count++;
        }
        lastPoll = started;
        loaded = true;
        logger.LogInformation("Indexed {Count} stored meetings", count);
    }

    // One pass over the change log since the last successful pass (minus the overlap). Returns how many meetings it indexed.
    public async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var since = lastPoll - options.Overlap;
        var indexed = 0;
        foreach (var change in await store.ChangesSinceAsync(since, cancellationToken))
        {
            if (processed.ContainsKey(change.EntryKey)) continue;
            // Not found yet: the write may still be in flight, or it failed. Look again next pass while in the window.
            if (await store.GetAsync(change.PartitionKey, change.MeetingId, cancellationToken) is not { } meeting) continue;
            await index.UpsertAsync(MeetingDocument.From(meeting), cancellationToken);
            processed[change.EntryKey] = change.At;
            indexed++;
        }
        foreach (var old in processed.Where(p => p.Value < since).Select(p => p.Key).ToList()) processed.Remove(old);
        lastPoll = started;
        return indexed;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(loaded
            ? HealthCheckResult.Healthy("Stored meetings are indexed.")
            : HealthCheckResult.Degraded("Stored meetings are still being indexed; questions about them may miss some."));
}

public sealed record MeetingSyncOptions(TimeSpan PollInterval, TimeSpan Overlap);
