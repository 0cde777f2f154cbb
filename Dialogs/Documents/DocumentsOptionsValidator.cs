using Microsoft.Extensions.Options;

namespace StakeholderBot.Dialogs.Documents;

// Checked at start-up; each failure names its key.
public sealed class DocumentsOptionsValidator : IValidateOptions<DocumentsOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentsOptions options)
    {
        var failures = new List<string>();
        if (options.MaxFileMegabytes is < 1 or > 100)
            failures.Add($"Documents:MaxFileMegabytes must be a whole number from 1 to 100, got '{options.MaxFileMegabytes}'.");
        if (options.DownloadTimeoutSeconds is < 5 or > 600)
            failures.Add($"Documents:DownloadTimeoutSeconds must be a whole number from 5 to 600, got '{options.DownloadTimeoutSeconds}'.");
        foreach (var host in options.AllowedFileHosts.Where(h => FileHosts.Parse(h) is null))
            failures.Add($"Documents:AllowedFileHosts: '{host}' is neither a host name (files.example.org, *.example.org) nor an origin (http://127.0.0.1:5100).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
