using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace StakeholderBot.Knowledge;

// Checked at start-up; each failure names its key.
public sealed class KnowledgeOptionsValidator(IConfiguration configuration) : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        var failures = new List<string>();
        // Only a configured corpus must exist; the default folder may appear later and is then indexed.
        if (configuration[$"{KnowledgeOptions.Section}:CorpusPath"] is { Length: > 0 } configured && !Directory.Exists(options.CorpusPath))
            failures.Add($"Knowledge:CorpusPath '{configured}' is not a folder.");
        if (options.RescanSeconds < 1)
            failures.Add($"Knowledge:RescanSeconds must be a whole number of seconds (1 or more), got '{options.RescanSeconds}'.");
        if (options.HasContainer && !IsContainerName(options.Container))
            failures.Add($"Knowledge:Container must be a blob container name (3-63 lower-case letters, digits and single hyphens), got '{options.Container}'.");
        if (options.LibraryPollSeconds is < 1 or > 3600)
            failures.Add($"Knowledge:LibraryPollSeconds must be a whole number from 1 to 3600, got '{options.LibraryPollSeconds}'.");
        if (options.LibraryFullSyncSeconds < options.LibraryPollSeconds || options.LibraryFullSyncSeconds > 86400)
            failures.Add($"Knowledge:LibraryFullSyncSeconds must be from Knowledge:LibraryPollSeconds to 86400, got '{options.LibraryFullSyncSeconds}'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsContainerName(string name) =>
        name.Length is >= 3 and <= 63 && char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1])
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && !name.Contains("--");
}
