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
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
