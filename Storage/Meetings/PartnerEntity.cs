namespace StakeholderBot.Storage.Meetings;

// Row of the _partners directory: a partition that holds meetings, with its project, partner and region.
public sealed class PartnerEntity : TableRow
{
    public string Project { get; set; } = "";
    public string Partner { get; set; } = "";
    public string Region { get; set; } = "";
}
