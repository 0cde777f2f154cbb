using System.Globalization;

namespace StakeholderBot.Storage.Meetings;

// Which meetings were written when, so every bot instance can bring its own index up to date by reading
// only the change-log rows since its last look (one day partition, one row-key range), never the meetings table.
public static class MeetingChangeLog
{
    public static MeetingChangeEntity Entry(Meeting meeting, DateTimeOffset now) => new()
    {
        PartitionKey = MeetingKeys.ChangesPartition(DateOnly.FromDateTime(now.UtcDateTime)),
        RowKey = RowKey(now) + "|" + Guid.NewGuid().ToString("N"),
        MeetingPartition = meeting.PartitionKey,
        MeetingId = meeting.Id,
    };

    public static string RowKey(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    public static MeetingChange Read(MeetingChangeEntity e) => new(
        e.PartitionKey + "/" + e.RowKey,
        new DateTimeOffset(long.Parse(e.RowKey[..19], CultureInfo.InvariantCulture), TimeSpan.Zero),
        e.MeetingPartition,
        e.MeetingId);
}
