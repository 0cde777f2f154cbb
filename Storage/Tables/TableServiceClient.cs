using Azure.Core;
using Azure.Core.Pipeline;

namespace StakeholderBot.Storage.Tables;

// Entry point shaped like Azure.Data.Tables' TableServiceClient: one pipeline (auth, retries) shared by its tables.
public sealed class TableServiceClient
{
    private const string StorageScope = "https://storage.azure.com/.default";

    internal TableTransport Transport { get; }

    public Uri Uri { get; }

    public string AccountName { get; }

    public TableServiceClient(string connectionString, TableClientOptions? options = null)
    {
        var parsed = TableConnectionString.Parse(connectionString);
        Uri = parsed.TableEndpoint;
        AccountName = parsed.AccountName;
        Transport = new TableTransport(Uri, Build(options, new SharedKeyPolicy(parsed.AccountName, parsed.AccountKey)));
    }

    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        if (!endpoint.IsAbsoluteUri) throw new ArgumentException("The table endpoint must be an absolute URL.", nameof(endpoint));
        Uri = endpoint;
        AccountName = AccountFrom(endpoint);
        Transport = new TableTransport(Uri, Build(options, new BearerTokenAuthenticationPolicy(credential, StorageScope)));
    }

    public TableClient GetTableClient(string tableName)
    {
        TableNames.Validate(tableName);
        return new TableClient(Transport, tableName);
    }

    // https://<account>.table.core.windows.net, or path-style (emulators): https://127.0.0.1:port/<account>.
    private static string AccountFrom(Uri endpoint) =>
        endpoint.HostNameType == UriHostNameType.Dns && endpoint.Host != "localhost"
            ? endpoint.Host.Split('.')[0]
            : endpoint.AbsolutePath.Trim('/').Split('/')[0];

    private static HttpPipeline Build(TableClientOptions? options, HttpPipelinePolicy auth) =>
        HttpPipelineBuilder.Build(new HttpPipelineOptions(options ?? new TableClientOptions())
        {
            PerRetryPolicies = { auth },
            RequestFailedDetailsParser = TableErrorParser.Instance,
        });
}
