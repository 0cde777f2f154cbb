namespace StakeholderBot.Storage.Meetings;

// Which meetings were written when, so every bot instance can bring its own index up to date by reading
// only the change-log rows since its last look (one day partition, one row-key range), never the meetings table.
public static class MeetingChangeLog
{
    public static MeetingChangeEntity Entry(Meeting meeting, DateTimeOffset now) => new()
    {
        PartitionKey = MeetingKeys.ChangesPartition(DateOnly.FromDateTime(now.UtcDateTime)),
        RowKey = ChangeLogKeys.NewRowKey(now),
        MeetingPartition = meeting.PartitionKey,
        MeetingId = meeting.Id,
    };

    public static MeetingChange Read(MeetingChangeEntity e) => new(
        e.PartitionKey + "/" + e.RowKey,
        ChangeLogKeys.TimeOf(e.RowKey),
        e.MeetingPartition,
        e.MeetingId);
}
