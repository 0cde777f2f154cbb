using Azure;

namespace StakeholderBot.Storage.Meetings;

// StoreCall turns these into StoreUnavailableException; the raw forms are kept for calls made outside it.
// Failures that mean "the store cannot be reached right now" (after the client's own retries), as opposed
// to a bug or a rejected request: the user is told saving failed and keeps what they typed.
public static class StoreFailures
{
    public static bool IsUnavailable(Exception e, CancellationToken requestAborted = default) => e switch
    {
        StoreUnavailableException => true,
        RequestFailedException r => StoreCall.IsUnavailable(r),
        HttpRequestException or TimeoutException or IOException => true,
        OperationCanceledException => !requestAborted.IsCancellationRequested,
        AggregateException a => a.InnerExceptions.All(i => IsUnavailable(i, requestAborted)),
        _ => false,
    };
}
