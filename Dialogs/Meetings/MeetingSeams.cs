using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Where logged meetings go to be found by questions: the knowledge index of this instance. Meetings are known there
// by their record path (MeetingDocument.PathOf).
public interface IMeetingIndex
{
    // The index holds the meeting's documents as they are now (a shared view only while it is shareable).
    Task UpsertAsync(Meeting meeting, CancellationToken cancellationToken);

    IReadOnlySet<string> IndexedRecords();

    // Every document of the meeting leaves the index.
    Task RemoveAsync(string recordPath, CancellationToken cancellationToken);

    // The indexed meetings come from this source (a table of a storage account); those from another are removed.
    Task<int> BindSourceAsync(string source, CancellationToken cancellationToken);
}

// Writes a short narrative of a period from the logged fields; null when no model is configured or it fails.
// It reads the period's totals and its latest meetings (at most MeetingsWanted, with all their fields), never all of them.
public interface IMeetingNarrator
{
    int MeetingsWanted { get; }

    Task<string?> NarrateAsync(MeetingDigest digest, string scope, Period period, CancellationToken cancellationToken);
}

// The latest meetings first, each with its action items.
public sealed record MeetingDigest(MeetingTotals Totals, IReadOnlyList<Meeting> Latest);

internal sealed class NoMeetingIndex : IMeetingIndex
{
    public Task UpsertAsync(Meeting meeting, CancellationToken cancellationToken) => Task.CompletedTask;

    public IReadOnlySet<string> IndexedRecords() => new HashSet<string>();

    public Task RemoveAsync(string recordPath, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> BindSourceAsync(string source, CancellationToken cancellationToken) => Task.FromResult(0);
}

internal sealed class NoMeetingNarrator : IMeetingNarrator
{
    public int MeetingsWanted => 0;

    public Task<string?> NarrateAsync(MeetingDigest digest, string scope, Period period, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
