using Microsoft.Extensions.Options;

namespace StakeholderBot.Knowledge;

// Checked at start-up; each failure names its key.
public sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        if (!options.IsConfigured) return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (options.Endpoint is null) failures.Add("OpenAI:Endpoint must be set when OpenAI:ChatModel is.");
        else if (!options.Endpoint.IsAbsoluteUri || options.Endpoint.Scheme is not ("http" or "https"))
            failures.Add($"OpenAI:Endpoint must be an absolute http(s) URL, got '{options.Endpoint.OriginalString}'.");
        if (string.IsNullOrWhiteSpace(options.ChatModel)) failures.Add("OpenAI:ChatModel must be set when OpenAI:Endpoint is.");
        if (!(options.TimeoutSeconds > 0)) failures.Add($"OpenAI:TimeoutSeconds must be a positive number, got '{options.TimeoutSeconds}'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
