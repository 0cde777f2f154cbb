using System.Collections.Concurrent;
using Azure.Data.Tables;

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
        if (!IsValidName(name))
            throw new ArgumentException($"'{name}' is not a valid table name: use 3-63 letters and digits, starting with a letter.", nameof(logicalName));
        return name;
    }

    // The service's rule: 3-63 letters and digits, starting with a letter; "tables" is reserved.
    public static bool IsValidName(string? name) =>
        name is { Length: >= 3 and <= 63 } && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit)
        && !name.Equals("tables", StringComparison.OrdinalIgnoreCase);

    // Where the table lives (account endpoint and physical name): tells one storage account's table from another's.
    public Uri UriOf(string logicalName) => new(service.Uri.AbsoluteUri.TrimEnd('/') + "/" + NameOf(logicalName));

    // One store operation, through StoreCall. A table remembered as created can disappear (an in-memory Azurite
    // restarted, someone deleted it); then every call fails with TableNotFound until the table is made again.
    // The service rejects such a call whole, so forgetting the table, creating it again and running the
    // operation once more cannot write anything twice. A missing entity (ResourceNotFound) is not retried.
    public Task<T> RunAsync<T>(string logicalName, string operation, Func<TableClient, Task<T>> call, CancellationToken cancellationToken)
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
            var again = _ready.GetOrAdd(name, CreateAsync);
            return await call(await WaitAsync(name, again, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task RunAsync(string logicalName, string operation, Func<TableClient, Task> call, CancellationToken cancellationToken) =>
        RunAsync(logicalName, operation, async table => { await call(table).ConfigureAwait(false); return true; }, cancellationToken);

    // For housekeeping (removing what has expired): runs against the table only if it is there and never creates
    // it, so a table someone removed stays removed until a user's write needs it again; a missing one gives
    // `whenMissing`.
    public Task<T> RunIfExistsAsync<T>(string logicalName, string operation, Func<TableClient, Task<T>> call, T whenMissing,
        CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(NameOf(logicalName));
        return StoreCall.RunAsync(operation, async () =>
        {
            try
            {
                return await call(table).ConfigureAwait(false);
            }
            catch (Exception e) when (StoreCall.IsTableNotFound(e))
            {
                return whenMissing;
            }
        }, cancellationToken);
    }

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
    }, CancellationToken.None);
}
