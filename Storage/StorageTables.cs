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

    public async Task<TableClient> GetAsync(string logicalName, CancellationToken cancellationToken = default)
    {
        var name = NameOf(logicalName);
        var creation = _ready.GetOrAdd(name, n => CreateAsync(n));
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
