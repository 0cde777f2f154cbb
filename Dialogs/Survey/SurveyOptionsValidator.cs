using Microsoft.Extensions.Options;

namespace StakeholderBot.Dialogs.Survey;

// Checked at start-up; each failure names its key.
public sealed class SurveyOptionsValidator : IValidateOptions<SurveyOptions>
{
    public ValidateOptionsResult Validate(string? name, SurveyOptions options)
    {
        var failures = new List<string>();
        if (options.Path.Length > 0 && !Directory.Exists(options.Path))
            failures.Add($"Surveys:Path '{options.Path}' is not a folder.");
        if (string.IsNullOrWhiteSpace(options.Default))
            failures.Add("Surveys:Default must name a survey.");
        // A pseudonym key is a random secret; a short one could be guessed and the pseudonyms reversed.
        if (options.PseudonymKey is { Length: > 0 and < SurveyOptions.MinimumKeyLength } key)
            failures.Add($"Surveys:PseudonymKey must be at least {SurveyOptions.MinimumKeyLength} characters (a random secret), got {key.Length}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
