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
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
