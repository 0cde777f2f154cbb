namespace StakeholderBot.Storage.Limits;

// One row per user and segment (QuestionCounts): PartitionKey the user's key, RowKey the segment's start.
public sealed class QuestionCountEntity : TableRow
{
    public DateTimeOffset SegmentUtc { get; set; }
    public int Count { get; set; }
}
