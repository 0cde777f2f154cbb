namespace StakeholderBot.Storage.Proactive;

// One row per project manager (RowKey: their user key, as meetings record it in LoggedBy).
public sealed class ManagerProfileEntity : TableRow
{
    // The manager's respondent code, so that an erase by code finds the row too.
    public string? Respondent { get; set; }
    // No longer written (nothing needs it); rows from before still carry it until the manager erases their data.
    public string? Name { get; set; }
    public string? ConversationId { get; set; }
    public string? TimeZone { get; set; }
    public string? Locale { get; set; }
    // Null until the manager says otherwise: reminders are on.
    public bool? RemindersOff { get; set; }
    public DateTimeOffset? SeenUtc { get; set; }
}
