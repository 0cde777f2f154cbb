using Microsoft.Extensions.Options;

namespace StakeholderBot.Storage;

// Checked at start-up; each failure names its key.
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (options.TableEndpoint is { } endpoint)
        {
            if (!string.IsNullOrWhiteSpace(options.ConnectionString))
                failures.Add("Set either Storage:ConnectionString or Storage:TableEndpoint, not both.");
            else if (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps)
                failures.Add($"Storage:TableEndpoint must be an absolute https URL (https://<account>.table.core.windows.net), got '{endpoint.OriginalString}'.");
        }
        else if (ConnectionStringProblem(options) is { } problem)
            failures.Add("Storage:ConnectionString is not a usable storage connection string: " + problem);

        if (options.BlobEndpoint is { } blobs)
        {
            if (!string.IsNullOrWhiteSpace(options.ConnectionString))
                failures.Add("Set either Storage:ConnectionString or Storage:BlobEndpoint, not both.");
            else if (!blobs.IsAbsoluteUri || blobs.Scheme != Uri.UriSchemeHttps)
                failures.Add($"Storage:BlobEndpoint must be an absolute https URL (https://<account>.blob.core.windows.net), got '{blobs.OriginalString}'.");
        }

        var prefix = options.TablePrefix;
        if (prefix.Length > 0 && (prefix.Length > 40 || !char.IsAsciiLetter(prefix[0]) || !prefix.All(char.IsAsciiLetterOrDigit)))
            failures.Add($"Storage:TablePrefix must be up to 40 letters and digits starting with a letter, got '{prefix}'.");
        if (options.MaxRetries is < 0 or > 10)
            failures.Add($"Storage:MaxRetries must be a whole number from 0 to 10, got '{options.MaxRetries}'.");
        if (options.NetworkTimeoutSeconds is < 1 or > 120)
            failures.Add($"Storage:NetworkTimeoutSeconds must be a whole number from 1 to 120, got '{options.NetworkTimeoutSeconds}'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The client parses the connection string. Its format errors never contain the account key; the one for a segment
    // it cannot read quotes that segment, which may be the key, so that one is described here instead.
    private static string? ConnectionStringProblem(StorageOptions options)
    {
        try
        {
            // A path-style TableEndpoint ending with '/' would make every call ".../account//Tables", refused with a bare 400.
            return options.CreateServiceClient().Uri.AbsolutePath is { Length: > 1 } path && path.EndsWith('/')
                ? $"its TableEndpoint must not end with '/' (write ...{path.TrimEnd('/')})."
                : null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return e.Message;
        }
        catch (InvalidOperationException)
        {
            return "use UseDevelopmentStorage=true or AccountName=...;AccountKey=... (with TableEndpoint=... for an emulator).";
        }
    }
}
