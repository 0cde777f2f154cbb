using System.Threading.RateLimiting;

namespace StakeholderBot.Knowledge.Models;

// How many questions one user may have answered by the model in any hour (OpenAI:UserQuestionsPerHour): a runaway
// script or a stuck client then costs a bounded amount, and everyone else keeps their answers. A question answered
// from the cache costs nothing and is not counted. Per instance: behind several instances a user gets up to the
// limit on each, which still bounds the cost (the host counts in shared storage where it has one).
public sealed class UserQuestionLimit(int perHour) : IUserQuestionLimit, IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetSlidingWindowLimiter(user, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perHour,
            Window = Window,
            SegmentsPerWindow = 12,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    // Null: go ahead. Otherwise how long until the user may ask the model again (within the window, at most).
    public TimeSpan? TryTake(string user)
    {
        using var lease = limiter.AttemptAcquire(user);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window / 12;
    }

    public Task<TimeSpan?> TryTakeAsync(string user, CancellationToken cancellationToken) => Task.FromResult(TryTake(user));

    public void Dispose() => limiter.Dispose();
}
