namespace StakeholderBot.Knowledge;

// Section OpenAI: a language model for answers. Endpoint is an Azure OpenAI resource (deployments by name) or any
// OpenAI-compatible API (see IsAzureDeploymentApi). Neither Endpoint nor ChatModel set
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

    // An Azure OpenAI resource, named by its URL (https://<name>.openai.azure.com/) or by its OpenAI-compatible path
    // (.../openai/v1/, as the deployment template gives it): called through Azure.AI.OpenAI, deployments by name. Any
    // other path (api.openai.com/v1, a local server's /v1) is an OpenAI-compatible API.
    public bool IsAzureDeploymentApi => Endpoint is { } endpoint && endpoint.AbsolutePath.Trim('/') is "" or "openai" or "openai/v1";

    // The resource's URL, for the Azure client.
    public Uri AzureResource => new(Endpoint!, "/");
}
