using Microsoft.Extensions.Configuration;

namespace StakeholderBot.Dialogs.Documents;

// Section Documents: files sent to the bot. AllowedFileHosts lists where a file's download link may point: host
// names ("*.sharepoint.com" is any host under sharepoint.com), always over HTTPS; an entry with a scheme
// ("http://127.0.0.1:5100") allows exactly that origin, for local tests only. The default is where Teams keeps the
// files people send in chat (their OneDrive for Business, on SharePoint).
public sealed class DocumentsOptions
{
    public const string Section = "Documents";
    public static readonly IReadOnlyList<string> TeamsFileHosts = ["*.sharepoint.com", "*.sharepoint.us"];

    public int MaxFileMegabytes { get; set; } = 20;
    public int DownloadTimeoutSeconds { get; set; } = 60;

    [ConfigurationKeyName("AllowedFileHosts")]
    public List<string> AllowedFileHosts { get; set; } = [];

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    public TimeSpan DownloadTimeout => TimeSpan.FromSeconds(DownloadTimeoutSeconds);

    public IReadOnlyList<string> FileHosts => AllowedFileHosts.Count > 0 ? AllowedFileHosts : TeamsFileHosts;
}
