using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Embeddings;

// Fills in passage vectors behind the text index: once the index is ready (answers need not wait for vectors) and
// again whenever documents are written or removed.
public sealed class VectorService(
    IndexDatabase database, VectorFiller filler, KnowledgeReadiness readiness, ILogger<VectorService> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        var filled = long.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var version = database.ContentVersion;
            if (version != filled)
            {
                try
                {
                    // On a thread of its own: a pass can embed for minutes, which would hold a pool thread the requests need.
                    await Task.Factory.StartNew(() => filler.FillAsync(stoppingToken).GetAwaiter().GetResult(), stoppingToken,
                        TaskCreationOptions.LongRunning, TaskScheduler.Default);
                    filled = version;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // Answers go on from the text index alone; the next try may find the cause gone (a locked file, memory).
                    logger.LogError(error, "Embedding passages failed; answers use the text index alone until the next try");
                    await Task.Delay(AfterFailure, stoppingToken);
                    continue;
                }
            }
            await Task.Delay(Poll, stoppingToken);
        }
    }
}
