using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace StakeholderBot.Storage;

// Storage:* settings. Storage:ConnectionString (Azurite by default) uses Shared Key; Storage:TableEndpoint
// uses DefaultAzureCredential (managed identity in production, no keys). Bad values name their key.
public sealed record StorageOptions(string? ConnectionString, Uri? TableEndpoint, string TablePrefix, int MaxRetries, TimeSpan NetworkTimeout)
{
    public const string DefaultConnectionString = "UseDevelopmentStorage=true";

    public static StorageOptions From(IConfiguration configuration)
    {
        var connectionString = configuration["Storage:ConnectionString"];
        var endpointText = configuration["Storage:TableEndpoint"];
        Uri? endpoint = null;
        if (!string.IsNullOrWhiteSpace(endpointText))
        {
            if (!string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Set either Storage:ConnectionString or Storage:TableEndpoint, not both.");
            // The account's primaryEndpoints.table ends with '/'; the client would then ask for ".../account//Tables" on a
            // path-style endpoint (emulators), which the service refuses, so the same address is taken without it.
            if (!Uri.TryCreate(endpointText.Trim().TrimEnd('/'), UriKind.Absolute, out endpoint) || endpoint.Scheme != "https")
                throw new InvalidOperationException($"Storage:TableEndpoint must be an absolute https URL (https://<account>.table.core.windows.net), got '{endpointText}'.");
        }
        else if (string.IsNullOrWhiteSpace(connectionString)) connectionString = DefaultConnectionString;

        var prefix = configuration["Storage:TablePrefix"] ?? "";
        if (prefix.Length > 0 && (prefix.Length > 40 || !char.IsAsciiLetter(prefix[0]) || !prefix.All(char.IsAsciiLetterOrDigit)))
            throw new InvalidOperationException($"Storage:TablePrefix must be up to 40 letters and digits starting with a letter, got '{prefix}'.");

        var retries = ReadInt(configuration, "Storage:MaxRetries", 3, 0, 10);
        var timeout = ReadInt(configuration, "Storage:NetworkTimeoutSeconds", 10, 1, 120);
        return new StorageOptions(connectionString, endpoint, prefix, retries, TimeSpan.FromSeconds(timeout));
    }

    // Retries are the client's own (Azure.Core's retry policy), tighter than its defaults (0.8 s first delay,
    // 100 s per attempt): a bot turn should fail within seconds when storage is down, so the user hears
    // "saving failed" instead of silence.
    public TableServiceClient CreateServiceClient()
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = MaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(250);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(3);
        clientOptions.Retry.NetworkTimeout = NetworkTimeout;
        if (TableEndpoint is not null) return new TableServiceClient(TableEndpoint, new DefaultAzureCredential(), clientOptions);
        TableServiceClient client;
        try
        {
            client = new TableServiceClient(ConnectionString!, clientOptions);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new InvalidOperationException($"Storage:ConnectionString is not a usable storage connection string: {e.Message}", e);
        }
        catch (InvalidOperationException)
        {
            // Its message (so also the inner exception) quotes the segment it could not read, which may be a key.
            throw new InvalidOperationException("Storage:ConnectionString is not a usable storage connection string: " +
                "use UseDevelopmentStorage=true or AccountName=...;AccountKey=... (with TableEndpoint=... for an emulator).");
        }
        // A path-style TableEndpoint ending with '/' makes the client ask for ".../account//Tables", which the service
        // refuses; in a connection string the client reads the address itself, so it is refused here, at start.
        if (client.Uri.AbsolutePath is { Length: > 1 } path && path.EndsWith('/'))
            throw new InvalidOperationException($"Storage:ConnectionString: TableEndpoint must not end with '/' (write {client.Uri.GetLeftPart(UriPartial.Authority)}{path.TrimEnd('/')}).");
        return client;
    }

    private static int ReadInt(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new InvalidOperationException($"{key} must be a whole number from {min} to {max}, got '{text}'.");
        return value;
    }
}
