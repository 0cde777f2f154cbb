using Azure;

namespace StakeholderBot.Storage.Meetings;

// Failures that mean "the store cannot be reached right now" (after the client's own retries), as opposed
// to a bug or a rejected request: the user is told saving failed and keeps what they typed.
public static class StoreFailures
{
    public static bool IsUnavailable(Exception e, CancellationToken requestAborted = default) => e switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException or TimeoutException or IOException => true,
        OperationCanceledException => !requestAborted.IsCancellationRequested,
        AggregateException a => a.InnerExceptions.All(i => IsUnavailable(i, requestAborted)),
        _ => false,
    };
}
