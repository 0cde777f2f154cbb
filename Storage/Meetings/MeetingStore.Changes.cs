using Azure.Data.Tables;

namespace StakeholderBot.Storage.Meetings;

// The change log (MeetingChangeLog), read by every instance to bring its index up to date.
public sealed partial class MeetingStore
{
    // Entries written at or after `since` (by the writers' clocks), oldest first.
    public Task<IReadOnlyList<MeetingChange>> ChangesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Run("read meeting changes", table => ChangesSinceCoreAsync(table, since, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<MeetingChange>> ChangesSinceCoreAsync(TableClient table, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var changes = new List<MeetingChange>();
        var last = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddDays(1));
        for (var day = DateOnly.FromDateTime(since.UtcDateTime); day <= last; day = day.AddDays(1))
        {
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {MeetingKeys.ChangesPartition(day)} and RowKey ge {MeetingChangeLog.RowKey(since)}");
            await foreach (var e in table.QueryAsync<MeetingChangeEntity>(filter, cancellationToken: cancellationToken))
                changes.Add(MeetingChangeLog.Read(e));
        }
        return changes;
    }
}
