using Microsoft.Extensions.Hosting;

namespace StakeholderBot.Knowledge.Index;

// Work that follows the index's content (vectors of the passages): done once the index is ready, so answers need not
// wait for it, and again whenever documents are written or removed. A failed pass is tried again a minute later;
// answers go on meanwhile from what there is.
public abstract class ContentFollower(IndexDatabase database, KnowledgeReadiness readiness) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(1);

    protected IndexDatabase Database { get; } = database;

    protected abstract Task FollowAsync(CancellationToken cancellationToken);

    protected abstract void Failed(Exception error, TimeSpan retryIn);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        var done = long.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var version = Database.ContentVersion;
            if (version != done)
            {
                try
                {
                    await FollowAsync(stoppingToken);
                    done = version;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    Failed(error, AfterFailure);
                    await Task.Delay(AfterFailure, stoppingToken);
                    continue;
                }
            }
            await Task.Delay(Poll, stoppingToken);
        }
    }
}
