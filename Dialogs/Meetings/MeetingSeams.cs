using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Where logged meetings go to be found by questions: the knowledge index of this instance.
public interface IMeetingIndex
{
    Task UpsertAsync(MeetingDocument document, CancellationToken cancellationToken);
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
    public Task UpsertAsync(MeetingDocument document, CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class NoMeetingNarrator : IMeetingNarrator
{
    public int MeetingsWanted => 0;

    public Task<string?> NarrateAsync(MeetingDigest digest, string scope, Period period, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
