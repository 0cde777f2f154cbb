using Azure;

namespace StakeholderBot.Storage;

// Every store runs its table calls through here so flows see the same two exceptions: a stale ETag becomes
// ConcurrencyConflictException; a service that stays unreachable or overloaded after the client's retries
// becomes StoreUnavailableException. Anything else (a bug, bad input) surfaces unchanged.
public static class StoreCall
{
    public static async Task<T> RunAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (IsUnavailable(e))
        {
            throw new StoreUnavailableException($"Storage is unavailable ({operation}): {Describe(e)}", e);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new ConcurrencyConflictException($"The data changed since it was read ({operation}).", e);
        }
    }

    public static Task RunAsync(string operation, Func<Task> call) =>
        RunAsync(operation, async () => { await call().ConfigureAwait(false); return true; });

    // Queries fail while being enumerated, so they are read to the end inside the translation.
    public static Task<List<T>> ListAsync<T>(string operation, IAsyncEnumerable<T> query, CancellationToken cancellationToken = default) =>
        RunAsync(operation, async () =>
        {
            var items = new List<T>();
            await foreach (var item in query.WithCancellation(cancellationToken).ConfigureAwait(false)) items.Add(item);
            return items;
        });

    // A table that is still missing after StorageTables made it again, or that Azure is still deleting (it refuses
    // a new table of that name for a while), is an outage of that table: the user keeps the input and tries later.
    public static bool IsUnavailable(RequestFailedException e) =>
        e.Status is 0 or 408 or 429 or >= 500 || IsTableNotFound(e) || e is { Status: 409, ErrorCode: "TableBeingDeleted" };

    // The table itself is gone (HTTP 404 TableNotFound, also inside a $batch answer), as opposed to a missing
    // entity (404 ResourceNotFound). Looks through a StoreUnavailableException a nested StoreCall made of it.
    public static bool IsTableNotFound(Exception e) => e switch
    {
        RequestFailedException { Status: 404, ErrorCode: "TableNotFound" } => true,
        StoreUnavailableException { InnerException: { } inner } => IsTableNotFound(inner),
        _ => false,
    };

    private static string Describe(RequestFailedException e) =>
        e.Status == 0 ? "no answer from the Table service" : $"status {e.Status} {e.ErrorCode}";
}
