namespace StakeholderBot.Knowledge;

// Section OpenAI: an OpenAI-compatible chat endpoint (Azure OpenAI included). Neither Endpoint nor ChatModel set
// means no model: answers are extractive. Without ApiKey the client signs in with Entra ID.
public sealed class ModelOptions
{
    public const string Section = "OpenAI";

    public Uri? Endpoint { get; set; }
    public string ChatModel { get; set; } = "";
    public string? ApiKey { get; set; }
    public double TimeoutSeconds { get; set; } = 20;

    public bool IsConfigured => Endpoint is not null || !string.IsNullOrWhiteSpace(ChatModel);

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
