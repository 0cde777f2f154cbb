namespace StakeholderBot.Knowledge;

// Section OpenAI: a language model for answers. Endpoint is an Azure OpenAI resource (https://<name>.openai.azure.com/,
// deployments by name) or, when it has a path (.../v1), any OpenAI-compatible API. Neither Endpoint nor ChatModel set
// means no model: answers are extractive. Without ApiKey the client signs in with Entra ID (the managed identity in
// Azure). EmbeddingModel adds the deployment's vectors to the search by meaning.
public sealed class ModelOptions
{
    public const string Section = "OpenAI";

    public Uri? Endpoint { get; set; }
    public string ChatModel { get; set; } = "";
    public string EmbeddingModel { get; set; } = "";
    public string? ApiKey { get; set; }
    public double TimeoutSeconds { get; set; } = 20;
    public int UserQuestionsPerHour { get; set; } = 60;

    public bool IsConfigured => Endpoint is not null || !string.IsNullOrWhiteSpace(ChatModel) || !string.IsNullOrWhiteSpace(EmbeddingModel);

    public bool HasEmbeddings => IsConfigured && !string.IsNullOrWhiteSpace(EmbeddingModel);

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    // A bare resource URL is Azure OpenAI's deployment API; a path (Azure's /openai/v1/, api.openai.com/v1, a local
    // server's /v1) is the OpenAI API itself.
    public bool IsAzureDeploymentApi => Endpoint is { } endpoint && endpoint.AbsolutePath.Trim('/').Length == 0;
}
