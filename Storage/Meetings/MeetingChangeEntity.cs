namespace StakeholderBot.Storage.Meetings;

// Row of the change log (MeetingChangeLog): a meeting of that partition was written at the row key's time.
public sealed class MeetingChangeEntity : TableRow
{
    public string Kind { get; set; } = "change";
    public string MeetingPartition { get; set; } = "";
    public string MeetingId { get; set; } = "";
}
