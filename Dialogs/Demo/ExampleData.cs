using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Demo;

// Demo:ExampleData = true (run-local.sh sets it) stores example meetings and survey responses at start-up, so a
// fresh install has something for `meetings` and `survey results` to show. Fixed ids: starting again adds nothing.
internal sealed class ExampleData(IOptions<DemoOptions> options, MeetingStore meetings, SurveyResponseStore responses, SurveyCatalog surveys,
    ILogger<ExampleData> logger) : BackgroundService
{
    private const string Setting = "Demo:ExampleData";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ExampleData) return;
        try
        {
            foreach (var meeting in ExampleMeetings.All) await meetings.AddAsync(meeting, "example data", stoppingToken);
            foreach (var response in ExampleResponses.For(surveys.Default)) await responses.AddAsync(response, stoppingToken);
            logger.LogInformation("Example meetings and survey responses are in place ({Setting})", Setting);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Example data could not be stored ({Setting}); the bot runs without it", Setting);
        }
    }
}
