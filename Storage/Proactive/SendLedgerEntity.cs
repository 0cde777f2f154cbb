namespace StakeholderBot.Storage.Proactive;

// One row per message the schedules send: PartitionKey {job}|{period}, RowKey the recipient's key.
public sealed class SendLedgerEntity : TableRow
{
    public string State { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateTimeOffset ClaimedUtc { get; set; }
    public DateTimeOffset? SettledUtc { get; set; }
    public string? Outcome { get; set; }
}
