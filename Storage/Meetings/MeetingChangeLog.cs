using System.Globalization;
using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Storage.Meetings;

// Which meetings were written when, so every bot instance can bring its own index up to date by reading
// only the change-log rows since its last look (one day partition, one row-key range), never the meetings table.
public static class MeetingChangeLog
{
    public static TableEntity Entry(Meeting meeting, DateTimeOffset now) =>
        new(MeetingKeys.ChangesPartition(DateOnly.FromDateTime(now.UtcDateTime)), RowKey(now) + "|" + Guid.NewGuid().ToString("N"))
        {
            ["Kind"] = "change",
            ["MeetingPartition"] = meeting.PartitionKey,
            ["MeetingId"] = meeting.Id,
        };

    public static string RowKey(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    public static MeetingChange Read(TableEntity e) => new(
        e.PartitionKey + "/" + e.RowKey,
        new DateTimeOffset(long.Parse(e.RowKey[..19], CultureInfo.InvariantCulture), TimeSpan.Zero),
        e.GetString("MeetingPartition") ?? "",
        e.GetString("MeetingId") ?? "");
}

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
            await foreach (var e in table.QueryAsync(filter, cancellationToken: cancellationToken)) changes.Add(MeetingChangeLog.Read(e));
        }
        return changes;
    }
}
