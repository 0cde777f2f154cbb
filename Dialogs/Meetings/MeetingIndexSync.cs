using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Each instance has its own local index, and it holds only what the configured storage holds. Before the host takes
// requests, meetings indexed from another storage account or table are dropped. Then a full sync lists every stored
// meeting, (re)indexes the changed ones and removes those storage no longer has; it runs at start and every
// FullSyncInterval. In between, the change log is polled, re-reading a window that overlaps the last successful poll
// so clock skew between writers and a write that commits just after its log entry are both caught. Re-indexing a
// meeting is idempotent.
public sealed class MeetingIndexSync(MeetingStore store, IMeetingIndex index, TimeProvider time, MeetingSyncOptions options,
    ILogger<MeetingIndexSync> logger) : StorageFollower(time, logger), IHealthCheck
{
    private readonly Dictionary<string, DateTimeOffset> processed = new(StringComparer.Ordinal);
    private DateTimeOffset lastPoll;

    protected override string Subject => "stored meetings";

    protected override TimeSpan PollInterval => options.PollInterval;

    protected override TimeSpan FullSyncInterval => options.FullSyncInterval;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var removed = await index.BindSourceAsync(store.TableUri.AbsoluteUri, cancellationToken);
        if (removed > 0) logger.LogInformation("{Removed} indexed meeting documents came from another storage account or table and were removed", removed);
        await base.StartAsync(cancellationToken);
    }

    // Every stored meeting indexed as it is now, and every indexed meeting storage does not have removed. Returns how
    // many were removed. A listing that fails part-way removes nothing.
    protected override async Task<int> FullPassAsync(bool first, CancellationToken cancellationToken)
    {
        var started = Time.GetUtcNow();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var meeting in store.AllMeetingsAsync(cancellationToken))
        {
            await index.UpsertAsync(meeting, cancellationToken);
            stored.Add(MeetingDocument.PathOf(meeting.Project, MeetingKeys.Slug(meeting.Partner), meeting.Id));
        }
        var removed = 0;
        foreach (var record in index.IndexedRecords().Where(r => !stored.Contains(r)))
        {
            // Logged after its partition was listed: still stored, so it stays.
            var (partitionKey, meetingId) = MeetingDocument.StoredKeyOf(record);
            if (await store.GetAsync(partitionKey, meetingId, cancellationToken) is not null) continue;
            await index.RemoveAsync(record, cancellationToken);
            removed++;
        }
        lastPoll = started;
        if (first || removed > 0) logger.LogInformation("Meeting index synced: {Count} stored meetings, {Removed} no longer stored removed", stored.Count, removed);
        return removed;
    }

    // One pass over the change log since the last successful pass (minus the overlap). Returns how many meetings it indexed.
    protected override async Task<int> PollPassAsync(CancellationToken cancellationToken)
    {
        var started = Time.GetUtcNow();
        var since = lastPoll - options.Overlap;
        var indexed = 0;
        foreach (var change in await store.ChangesSinceAsync(since, cancellationToken))
        {
            if (processed.ContainsKey(change.EntryKey)) continue;
            // Not found yet: the write may still be in flight, or it failed. Look again next pass while in the window.
            if (await store.GetAsync(change.PartitionKey, change.MeetingId, cancellationToken) is not { } meeting) continue;
            await index.UpsertAsync(meeting, cancellationToken);
            processed[change.EntryKey] = change.At;
            indexed++;
        }
        foreach (var old in processed.Where(p => p.Value < since).Select(p => p.Key).ToList()) processed.Remove(old);
        lastPoll = started;
        return indexed;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Loaded
            ? HealthCheckResult.Healthy("Stored meetings are indexed.")
            : HealthCheckResult.Degraded("Stored meetings are still being indexed; questions about them may miss some."));
}

// PollInterval: how often the change log is read; FullSyncInterval: how often every stored meeting is listed, which
// is what notices meetings erased from storage outside the bot.
public sealed record MeetingSyncOptions(TimeSpan PollInterval, TimeSpan Overlap, TimeSpan FullSyncInterval);
