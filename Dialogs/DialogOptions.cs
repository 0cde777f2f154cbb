using Microsoft.Extensions.Configuration;

namespace StakeholderBot.Dialogs;

// Settings the flows share, from three sections (bound at the configuration root).
public sealed class DialogOptions
{
    [ConfigurationKeyName("Access:ProjectManagers")]
    public List<string> ProjectManagers { get; set; } = [];

    [ConfigurationKeyName("Bot:PublicBaseUrl")]
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:3978");

    // Without a shared key, CSV links only work on the instance that made them.
    [ConfigurationKeyName("Exports:SigningKey")]
    public string? ExportSigningKey { get; set; }
}
