namespace StakeholderBot.Storage.Proactive;

// One row per survey response started and not yet submitted (RowKey: the response id).
public sealed class OpenSurveyEntity : TableRow
{
    public string? ConversationId { get; set; }
    public string? UserId { get; set; }
    // The respondent's code, so that an erase by code finds the row too.
    public string? Respondent { get; set; }
    public string? SurveyId { get; set; }
    public string? Language { get; set; }
    public DateTimeOffset? LastActivityUtc { get; set; }
    public bool? Nudged { get; set; }
    public bool? Shared { get; set; }
}
