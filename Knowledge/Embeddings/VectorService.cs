using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Embeddings;

// Fills in passage vectors behind the text index.
public sealed class VectorService(IndexDatabase database, VectorFiller filler, KnowledgeReadiness readiness, ILogger<VectorService> logger)
    : ContentFollower(database, readiness)
{
    // On a thread of its own: a pass can embed for minutes, which would hold a pool thread the requests need.
    protected override Task FollowAsync(CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => filler.FillAsync(cancellationToken).GetAwaiter().GetResult(), cancellationToken,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

    // Answers go on from the text index alone; the next try may find the cause gone (a locked file, memory).
    protected override void Failed(Exception error, TimeSpan retryIn) =>
        logger.LogError(error, "Embedding passages failed; answers use the text index alone until the next try");
}
