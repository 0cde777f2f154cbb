using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Microsoft.Extensions.AI;
using OpenAI;

namespace StakeholderBot.Knowledge.Models;

// The model clients the bot talks to, behind the Microsoft.Extensions.AI abstractions: null when not configured.
public sealed record ModelClients(IChatClient? Chat, IEmbeddingGenerator<string, Embedding<float>>? Embeddings, string ChatModel = "", string EmbeddingModel = "")
{
    // Entra ID tokens for Azure OpenAI (and Azure AI services) are asked for this scope.
    public const string TokenScope = "https://cognitiveservices.azure.com/.default";

    // Token usage and call durations are measured under this name (OpenTelemetry's gen_ai.client.* metrics).
    public const string TelemetrySource = "StakeholderBot";

    public static ModelClients None { get; } = new(null, null);

    // The one place clients are built from the OpenAI settings. An API key when one is set; otherwise Entra ID through
    // DefaultAzureCredential, which is the managed identity in Azure (AZURE_CLIENT_ID picks the user-assigned one) and
    // the developer's sign-in on a workstation.
    public static ModelClients Create(ModelOptions options, TokenCredential? credential = null)
    {
        if (!options.IsConfigured || options.Endpoint is null) return None;
        credential ??= options.ApiKey is { Length: > 0 } ? null : new Azure.Identity.DefaultAzureCredential();
        // The chat client may retry once (a dropped connection); an answer is time-boxed anyway. Embeddings never retry
        // inside the SDK: indexing waits out a 429 itself, for as long as the service asks.
        var chat = Client(options, credential, maxRetries: 1).GetChatClient(options.ChatModel).AsIChatClient()
            .AsBuilder().UseOpenTelemetry(sourceName: TelemetrySource).Build();
        var embeddings = options.HasEmbeddings
            ? new ThrottleSignallingGenerator(Client(options, credential, maxRetries: 0).GetEmbeddingClient(options.EmbeddingModel).AsIEmbeddingGenerator())
                .AsBuilder().UseOpenTelemetry(sourceName: TelemetrySource).Build()
            : null;
        return new ModelClients(chat, embeddings, options.ChatModel, options.HasEmbeddings ? options.EmbeddingModel : "");
    }

    private static OpenAIClient Client(ModelOptions options, TokenCredential? credential, int maxRetries)
    {
        var endpoint = options.Endpoint!;
        if (options.IsAzureDeploymentApi)
        {
            var azure = new AzureOpenAIClientOptions { NetworkTimeout = options.Timeout, RetryPolicy = new ClientRetryPolicy(maxRetries) };
            return credential is null
                ? new AzureOpenAIClient(options.AzureResource, new ApiKeyCredential(options.ApiKey!), azure)
                : new AzureOpenAIClient(options.AzureResource, credential, azure);
        }
        var openAi = new OpenAIClientOptions { Endpoint = endpoint, NetworkTimeout = options.Timeout, RetryPolicy = new ClientRetryPolicy(maxRetries) };
        return credential is null
            ? new OpenAIClient(new ApiKeyCredential(options.ApiKey!), openAi)
            : WithToken(credential, openAi);
    }

    // Azure's OpenAI-compatible /openai/v1/ API with an Entra token. The SDK marks this constructor as evaluation-only;
    // it is the documented way to pass a token credential to the OpenAI client in 2.x.
#pragma warning disable OPENAI001
    private static OpenAIClient WithToken(TokenCredential credential, OpenAIClientOptions options) =>
        new(new BearerTokenPolicy(credential, TokenScope), options);
#pragma warning restore OPENAI001
}
