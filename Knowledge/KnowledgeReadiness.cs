using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StakeholderBot.Knowledge;

// Set once the first index is ready; until then answering says so and /health reports Unhealthy.
public sealed class KnowledgeReadiness
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompleted;

    public Task WhenReady => ready.Task;

    public void MarkReady() => ready.TrySetResult();
}

public sealed class KnowledgeHealthCheck(KnowledgeReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady ? HealthCheckResult.Healthy("Knowledge index ready") : HealthCheckResult.Unhealthy("Indexing the corpus"));
}
