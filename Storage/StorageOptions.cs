using Azure.Identity;
using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Storage;

// Section Storage. ConnectionString (Azurite when neither is set) uses Shared Key; TableEndpoint uses
// DefaultAzureCredential (managed identity in production, no keys).
public sealed class StorageOptions
{
    public const string Section = "Storage";
    public const string DefaultConnectionString = "UseDevelopmentStorage=true";

    public string? ConnectionString { get; set; }
    public Uri? TableEndpoint { get; set; }
    public string TablePrefix { get; set; } = "";
    public int MaxRetries { get; set; } = 3;
    public int NetworkTimeoutSeconds { get; set; } = 10;

    public TableServiceClient CreateServiceClient()
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = MaxRetries;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(NetworkTimeoutSeconds);
        if (TableEndpoint is not null) return new TableServiceClient(TableEndpoint, new DefaultAzureCredential(), clientOptions);
        return new TableServiceClient(string.IsNullOrWhiteSpace(ConnectionString) ? DefaultConnectionString : ConnectionString, clientOptions);
    }
}
