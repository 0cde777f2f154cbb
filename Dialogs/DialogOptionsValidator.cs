using Microsoft.Extensions.Options;

namespace StakeholderBot.Dialogs;

// Checked at start-up; each failure names its key.
public sealed class DialogOptionsValidator : IValidateOptions<DialogOptions>
{
    public const int MinimumSigningKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, DialogOptions options)
    {
        var failures = new List<string>();
        if (!options.PublicBaseUrl.IsAbsoluteUri || options.PublicBaseUrl.Scheme is not ("http" or "https"))
            failures.Add($"Bot:PublicBaseUrl must be an absolute http(s) URL, got '{options.PublicBaseUrl.OriginalString}'.");
        if (options.ExportSigningKey is { Length: > 0 and < MinimumSigningKeyLength })
            failures.Add($"Exports:SigningKey must be at least {MinimumSigningKeyLength} characters.");
        if (options.DocumentLinkDays is < 1 or > 365)
            failures.Add($"Exports:DocumentLinkDays must be a whole number of days from 1 to 365, got '{options.DocumentLinkDays}'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
