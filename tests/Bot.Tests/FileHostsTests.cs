using StakeholderBot.Dialogs.Documents;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Where a sent file's download link may point (Documents:AllowedFileHosts): Teams' file stores over https only,
// or one exact origin a test names.
public sealed class FileHostsTests
{
    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/marta/_layouts/15/download.aspx?UniqueId=1&tempauth=x", true)]
    [InlineData("https://contoso.sharepoint.us/sites/x/file.pdf", true)]
    [InlineData("http://contoso-my.sharepoint.com/file.pdf", false)]
    [InlineData("https://contoso-my.sharepoint.com:8443/file.pdf", false)]
    [InlineData("https://sharepoint.com/file.pdf", false)]
    [InlineData("https://contoso.sharepoint.com.evil.example/file.pdf", false)]
    [InlineData("https://evilsharepoint.com/file.pdf", false)]
    [InlineData("https://user:pw@contoso.sharepoint.com/file.pdf", false)]
    [InlineData("https://169.254.169.254/metadata", false)]
    [InlineData("http://127.0.0.1:5100/files/a.pdf", false)]
    public void TeamsFileHosts_AllowOnlyHttpsSharePoint(string url, bool allowed) =>
        Assert.Equal(allowed, FileHosts.AnyAllows(DocumentsOptions.TeamsFileHosts, new Uri(url)));

    [Theory]
    [InlineData("http://127.0.0.1:5100/files/a.pdf", true)]
    [InlineData("http://127.0.0.1:5101/files/a.pdf", false)]
    [InlineData("https://127.0.0.1:5100/files/a.pdf", false)]
    [InlineData("http://localhost:5100/files/a.pdf", false)]
    public void AnOrigin_AllowsExactlyThatOrigin(string url, bool allowed) =>
        Assert.Equal(allowed, FileHosts.AnyAllows(["http://127.0.0.1:5100"], new Uri(url)));

    [Theory]
    [InlineData("files.example.org", true)]
    [InlineData("*.example.org", true)]
    [InlineData("http://127.0.0.1:5100", true)]
    [InlineData("ftp://files.example.org", false)]
    [InlineData("http://127.0.0.1:5100/path", false)]
    [InlineData("localhost", false)]
    [InlineData("*", false)]
    [InlineData("", false)]
    public void Entries_AreHostNamesOrOrigins(string entry, bool valid) =>
        Assert.Equal(valid, FileHosts.Parse(entry) is not null);
}
