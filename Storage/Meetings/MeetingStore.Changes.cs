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
        foreach (var day in ChangeLogKeys.DaysSince(since, time.GetUtcNow()))
        {
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {MeetingKeys.ChangesPartition(day)} and RowKey ge {ChangeLogKeys.RowKey(since)}");
            await foreach (var e in table.QueryAsync<MeetingChangeEntity>(filter, cancellationToken: cancellationToken))
                changes.Add(MeetingChangeLog.Read(e));
        }
        return changes;
    }
}
