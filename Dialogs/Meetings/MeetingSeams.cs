using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Where logged meetings go to be found by questions: the knowledge index of this instance.
public interface IMeetingIndex
{
    Task UpsertAsync(MeetingDocument document, CancellationToken cancellationToken);
}

// Writes a short narrative of a period from the logged fields; null when no model is configured or it fails.
public interface IMeetingNarrator
{
    Task<string?> NarrateAsync(IReadOnlyList<Meeting> meetings, string scope, Period period, CancellationToken cancellationToken);
}

internal sealed class NoMeetingIndex : IMeetingIndex
{
    public Task UpsertAsync(MeetingDocument document, CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class NoMeetingNarrator : IMeetingNarrator
{
    public Task<string?> NarrateAsync(IReadOnlyList<Meeting> meetings, string scope, Period period, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
