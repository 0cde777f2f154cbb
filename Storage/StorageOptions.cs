using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace StakeholderBot.Storage;

// Section Storage. ConnectionString (Azurite when neither is set) uses Shared Key, for tables and blobs alike;
// TableEndpoint and BlobEndpoint use DefaultAzureCredential (managed identity in production, no keys).
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string DefaultConnectionString = "UseDevelopmentStorage=true";

    public string? ConnectionString { get; set; }
    public Uri? TableEndpoint { get; set; }
    public Uri? BlobEndpoint { get; set; }
    public string TablePrefix { get; set; } = "";
    public int MaxRetries { get; set; } = 3;
    public int NetworkTimeoutSeconds { get; set; } = 10;

    // The table endpoint as the client needs it. An account's primaryEndpoints.table ends with '/', and on a
    // path-style endpoint (emulators) the client would then ask for ".../account//Tables", which the service
    // refuses; without the slash it is the same address.
    public Uri? ServiceEndpoint => TableEndpoint is { IsAbsoluteUri: true } endpoint ? new Uri(endpoint.AbsoluteUri.TrimEnd('/')) : TableEndpoint;

    // Retries are the client's own (Azure.Core's retry policy), tighter than its defaults (0.8 s first delay,
    // 100 s per attempt): a bot turn should fail within seconds when storage is down, so the user hears
    // "saving failed" instead of silence.
    public TableServiceClient CreateServiceClient()
    {
        var clientOptions = WithRetries(new TableClientOptions());
        if (ServiceEndpoint is { } endpoint) return new TableServiceClient(endpoint, new DefaultAzureCredential(), clientOptions);
        return new TableServiceClient(SharedKeyConnectionString, clientOptions);
    }

    // Documents move in one piece per call (at most the upload limit), so each attempt gets a longer timeout.
    public BlobServiceClient CreateBlobServiceClient()
    {
        var clientOptions = WithRetries(new BlobClientOptions());
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(Math.Max(NetworkTimeoutSeconds, 60));
        if (BlobEndpoint is { } endpoint) return new BlobServiceClient(endpoint, new DefaultAzureCredential(), clientOptions);
        return new BlobServiceClient(SharedKeyConnectionString, clientOptions);
    }

    private string SharedKeyConnectionString => string.IsNullOrWhiteSpace(ConnectionString) ? DefaultConnectionString : ConnectionString;

    private T WithRetries<T>(T clientOptions) where T : ClientOptions
    {
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = MaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(250);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(3);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(NetworkTimeoutSeconds);
        return clientOptions;
    }
}
