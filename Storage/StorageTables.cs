using System.Collections.Concurrent;
using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Storage;

// Tables are created on first use and remembered, so the bot starts (and answers questions) while storage
// is down; a failed creation is forgotten and tried again on the next call.
public sealed class StorageTables(TableServiceClient service, StorageOptions options)
{
    private readonly ConcurrentDictionary<string, Task<TableClient>> _ready = new(StringComparer.Ordinal);

    // The physical name: the configured prefix plus the store's logical name.
    public string NameOf(string logicalName)
    {
        var name = options.TablePrefix + logicalName;
        TableNames.Validate(name);
        return name;
    }

    // Where the table lives (account endpoint and physical name): tells one storage account's table from another's.
    public Uri UriOf(string logicalName) => new(service.Uri.AbsoluteUri.TrimEnd('/') + "/" + NameOf(logicalName));

    public Task<TableClient> GetAsync(string logicalName, CancellationToken cancellationToken = default)
    {
        var name = NameOf(logicalName);
        return WaitAsync(name, _ready.GetOrAdd(name, CreateAsync), cancellationToken);
    }

    // One store operation, through StoreCall. A table remembered as created can disappear (an in-memory Azurite
    // restarted, someone deleted it); then every call fails with TableNotFound until the table is made again.
    // The service rejects such a call whole, so forgetting the table, creating it again and running the
    // operation once more cannot write anything twice. A missing entity (ResourceNotFound) is not retried.
    public Task<T> RunAsync<T>(string logicalName, string operation, Func<TableClient, Task<T>> call, CancellationToken cancellationToken = default)
    {
        var name = NameOf(logicalName);
        return StoreCall.RunAsync(operation, async () =>
        {
            var creation = _ready.GetOrAdd(name, CreateAsync);
            try
            {
                return await call(await WaitAsync(name, creation, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }
            catch (Exception e) when (StoreCall.IsTableNotFound(e))
            {
                // Only this creation: when several calls notice at once, the first one's new creation is kept.
                _ready.TryRemove(new KeyValuePair<string, Task<TableClient>>(name, creation));
            }
            return await call(await GetAsync(logicalName, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        });
    }

    public Task RunAsync(string logicalName, string operation, Func<TableClient, Task> call, CancellationToken cancellationToken = default) =>
        RunAsync(logicalName, operation, async table => { await call(table).ConfigureAwait(false); return true; }, cancellationToken);

    // Queries fail while being enumerated, so they are read to the end inside the operation.
    public Task<List<T>> ListAsync<T>(string logicalName, string operation, Func<TableClient, IAsyncEnumerable<T>> query, CancellationToken cancellationToken = default) =>
        RunAsync(logicalName, operation, async table =>
        {
            var items = new List<T>();
            await foreach (var item in query(table).WithCancellation(cancellationToken).ConfigureAwait(false)) items.Add(item);
            return items;
        }, cancellationToken);

    private async Task<TableClient> WaitAsync(string name, Task<TableClient> creation, CancellationToken cancellationToken)
    {
        try
        {
            return await creation.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (creation.IsFaulted || creation.IsCanceled)
        {
            _ready.TryRemove(new KeyValuePair<string, Task<TableClient>>(name, creation));
            throw;
        }
    }

    // Not tied to one caller's cancellation: the creation is shared by everyone waiting for the table.
    private Task<TableClient> CreateAsync(string name) => StoreCall.RunAsync($"create table {name}", async () =>
    {
        var table = service.GetTableClient(name);
        await table.CreateIfNotExistsAsync().ConfigureAwait(false);
        return table;
    });
}
