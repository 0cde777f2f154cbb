namespace StakeholderBot.Storage.Meetings;

// Row i|{id}: where the meeting's row is (MeetingKeys). Adding it in the meeting's transaction makes saves idempotent.
public sealed class MeetingPointerEntity : TableRow
{
    public string Kind { get; set; } = "pointer";
    public string MeetingRow { get; set; } = "";
}
