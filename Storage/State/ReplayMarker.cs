namespace StakeholderBot.Storage.State;

// The row that says an activity's state write happened (StateEntity.MarkerRowKey), and when.
public sealed class ReplayMarker : TableRow
{
    public string ActivityId { get; set; } = "";
    public string Flow { get; set; } = "";
    public DateTimeOffset AppliedAt { get; set; }
}
