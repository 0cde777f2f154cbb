using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Models;

// Fills in the embedding deployment's vectors behind the text index: once the index is ready, and again whenever
// documents are written or removed. Without an embedding deployment it does nothing.
public sealed class ModelVectorService(IndexDatabase database, ModelVectors? vectors, KnowledgeReadiness readiness,
    ILogger<ModelVectorService> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (vectors is null) return;
        await readiness.WhenReady.WaitAsync(stoppingToken);
        var filled = long.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var version = database.ContentVersion;
            if (version != filled)
            {
                try
                {
                    // Answers cached before these vectors were searchable are asked again.
                    if ((await vectors.FillAsync(stoppingToken)).Embedded > 0) database.VectorsChanged();
                    filled = version;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // Answers go on from the other signals; the next try may find the deployment back.
                    logger.LogError(error, "Embedding passages with {Model} failed; the next try is in {Minutes} minute(s)", vectors.Model, AfterFailure.TotalMinutes);
                    await Task.Delay(AfterFailure, stoppingToken);
                    continue;
                }
            }
            await Task.Delay(Poll, stoppingToken);
        }
    }
}
