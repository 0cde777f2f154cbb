using Microsoft.Extensions.Configuration;

namespace StakeholderBot.Dialogs;

// Settings the flows share, from three sections (bound at the configuration root).
public sealed class DialogOptions
{
    [ConfigurationKeyName("Access:ProjectManagers")]
    public List<string> ProjectManagers { get; set; } = [];

    [ConfigurationKeyName("Bot:PublicBaseUrl")]
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:3978");

    // Without a shared key, signed links (citations, CSV) only work on the instance that made them, until it restarts.
    [ConfigurationKeyName("Exports:SigningKey")]
    public string? ExportSigningKey { get; set; }

    // People reopen an answer days or weeks later (writing a report, forwarding it to a colleague in Teams); a month
    // keeps those citations working while a link that leaves Teams stops working within one reporting period.
    [ConfigurationKeyName("Exports:DocumentLinkDays")]
    public int DocumentLinkDays { get; set; } = 30;

    public TimeSpan DocumentLinkLifetime => TimeSpan.FromDays(DocumentLinkDays);
}
