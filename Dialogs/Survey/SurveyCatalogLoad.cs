using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Dialogs.Survey.Definitions;

namespace StakeholderBot.Dialogs.Survey;

// Built when the host starts, so every definition is loaded then: a broken one stops start-up with the file,
// the question and what is wrong, instead of failing the first survey.
internal sealed class SurveyCatalogLoad(SurveyCatalog catalog, ILogger<SurveyCatalogLoad> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Surveys loaded: {Surveys} (default {Default})", string.Join(", ", catalog.All.Select(s => s.Id)), catalog.Default.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
