using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Models;

// Fills in the embedding deployment's vectors behind the text index. Without an embedding deployment it does nothing.
public sealed class ModelVectorService(IndexDatabase database, ModelVectors? vectors, KnowledgeReadiness readiness,
    ILogger<ModelVectorService> logger) : ContentFollower(database, readiness)
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => vectors is null ? Task.CompletedTask : base.ExecuteAsync(stoppingToken);

    // Answers cached before these vectors were searchable are asked again.
    protected override async Task FollowAsync(CancellationToken cancellationToken)
    {
        if ((await vectors!.FillAsync(cancellationToken)).Embedded > 0) Database.VectorsChanged();
    }

    // Answers go on from the other signals; the next try may find the deployment back.
    protected override void Failed(Exception error, TimeSpan retryIn) =>
        logger.LogError(error, "Embedding passages with {Model} failed; the next try is in {Minutes} minute(s)", vectors!.Model, retryIn.TotalMinutes);
}
