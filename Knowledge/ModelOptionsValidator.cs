using Microsoft.Extensions.Options;

namespace StakeholderBot.Knowledge;

// Checked at start-up; each failure names its key.
public sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    private const double MaxTimeoutSeconds = 110;

    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        if (!options.IsConfigured) return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (options.Endpoint is null) failures.Add("OpenAI:Endpoint must be set when OpenAI:ChatModel or OpenAI:EmbeddingModel is.");
        else if (!options.Endpoint.IsAbsoluteUri || options.Endpoint.Scheme is not ("http" or "https"))
            failures.Add($"OpenAI:Endpoint must be an absolute http(s) URL, got '{options.Endpoint.OriginalString}'.");
        else if (options.Endpoint.Query.Length > 0)
            failures.Add($"OpenAI:Endpoint must not carry a query (the api-version is the client's), got '{options.Endpoint.OriginalString}'.");
        if (string.IsNullOrWhiteSpace(options.ChatModel)) failures.Add("OpenAI:ChatModel (the chat deployment or model name) must be set when OpenAI:Endpoint is.");
        else if (!IsName(options.ChatModel)) failures.Add($"OpenAI:ChatModel must be a deployment or model name, got '{options.ChatModel}'.");
        if (options.EmbeddingModel.Length > 0 && !IsName(options.EmbeddingModel))
            failures.Add($"OpenAI:EmbeddingModel must be a deployment or model name, got '{options.EmbeddingModel}'.");
        if (options.ApiKey is { } key && key.Length > 0 && key.Trim().Length != key.Length)
            failures.Add("OpenAI:ApiKey has spaces around it; leave it empty to sign in with the managed identity.");
        // A stream in Teams must end within two minutes: the model's own time has to leave room for the rest of the turn.
        if (!(options.TimeoutSeconds > 0 && options.TimeoutSeconds <= MaxTimeoutSeconds))
            failures.Add($"OpenAI:TimeoutSeconds must be a number of seconds above 0 and at most {MaxTimeoutSeconds}, got '{options.TimeoutSeconds}'.");
        if (options.UserQuestionsPerHour <= 0)
            failures.Add($"OpenAI:UserQuestionsPerHour must be a positive whole number, got '{options.UserQuestionsPerHour}'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Deployment and model names: letters, digits, dots, dashes, underscores and colons (as Azure and OpenAI-compatible servers name them).
    private static bool IsName(string value) => value.Trim().Length == value.Length && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '/');
}
