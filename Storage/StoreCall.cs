using System.Diagnostics;
using Azure;

namespace StakeholderBot.Storage;

// Every store runs its table calls through here so flows see the same two exceptions: a stale ETag becomes
// ConcurrencyConflictException; a service that stays unreachable or overloaded after the client's retries
// becomes StoreUnavailableException. Anything else (a bug, bad input) surfaces unchanged.
public static class StoreCall
{
    public static async Task<T> RunAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        // One span per store operation; the client's HTTP requests (and its retries) are its children.
        using var span = BotTelemetry.Source.StartActivity("storage " + operation);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            span?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw;
        }
        catch (Exception e) when (IsUnavailable(e, cancellationToken))
        {
            throw Failed(span, "unavailable", new StoreUnavailableException($"Storage is unavailable ({operation}): {Describe(e)}", e));
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw Failed(span, "conflict", new ConcurrencyConflictException($"The data changed since it was read ({operation}).", e));
        }
    }

    private static StoreException Failed(Activity? span, string error, StoreException failure)
    {
        span?.SetStatus(ActivityStatusCode.Error, failure.Message);
        BotTelemetry.StorageFailures.Add(1, new KeyValuePair<string, object?>("error", error));
        return failure;
    }

    // The one test of "storage cannot be reached right now", as opposed to a bug or a rejected request. The client
    // has retried already: with retries left over it throws an AggregateException of its attempts; otherwise the last
    // attempt's failure comes through (status 0 for no answer, a cancellation when the network timeout ran out).
    // A table that is still missing after StorageTables made it again, or that Azure is still deleting (it refuses a
    // new table of that name for a while), is an outage of that table: the user keeps the input and tries later.
    private static bool IsUnavailable(Exception e, CancellationToken cancellationToken) => e switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500 || IsTableNotFound(r) || r is { Status: 409, ErrorCode: "TableBeingDeleted" },
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(inner => IsUnavailable(inner, cancellationToken)),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };

    // The table itself is gone (HTTP 404 TableNotFound, also inside a transaction's answer), as opposed to a missing
    // entity (404 ResourceNotFound). Looks through a StoreUnavailableException a nested StoreCall made of it.
    public static bool IsTableNotFound(Exception e) => e switch
    {
        RequestFailedException { Status: 404, ErrorCode: "TableNotFound" } => true,
        StoreUnavailableException { InnerException: { } inner } => IsTableNotFound(inner),
        _ => false,
    };

    private static string Describe(Exception e) => e switch
    {
        RequestFailedException { Status: > 0 } r => $"status {r.Status} {r.ErrorCode}",
        AggregateException { InnerExceptions.Count: > 0 } a => $"{a.InnerExceptions.Count} attempts, the last: {Describe(a.InnerExceptions[^1])}",
        OperationCanceledException => "no answer within the network timeout",
        _ => "no answer from the Table service: " + e.Message,
    };
}
