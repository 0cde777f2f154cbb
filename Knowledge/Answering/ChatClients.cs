using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Chat;

namespace StakeholderBot.Knowledge.Answering;

// The one place a chat client is built from ModelOptions, for answers and meeting narratives alike.
public static class ChatClients
{
    public static ChatClient Create(ModelOptions options)
    {
        var clientOptions = new OpenAIClientOptions { Endpoint = options.Endpoint!, NetworkTimeout = options.Timeout };
        clientOptions.RetryPolicy = new ClientRetryPolicy(maxRetries: 1);
        return options.ApiKey is { Length: > 0 } key
            ? new ChatClient(options.ChatModel, new ApiKeyCredential(key), clientOptions)
            : WithTokenCredential(options, clientOptions);
    }

    // No key: Entra ID (managed identity in Azure, developer sign-in locally) for Azure OpenAI. The SDK marks this
    // constructor as evaluation-only; it is the documented way to pass a token credential in 2.x.
#pragma warning disable OPENAI001
    private static ChatClient WithTokenCredential(ModelOptions options, OpenAIClientOptions clientOptions) =>
        new(options.ChatModel, new BearerTokenPolicy(new Azure.Identity.DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"), clientOptions);
#pragma warning restore OPENAI001
}
