using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Demo;

// Demo:ExampleData = true (run-local.sh sets it) stores example meetings and survey responses at start-up, so a
// fresh install has something for `meetings` and `survey results` to show. Fixed ids: starting again adds nothing.
internal sealed class ExampleData(MeetingStore meetings, SurveyResponseStore responses, SurveyCatalog surveys, ILogger<ExampleData> logger)
    : BackgroundService
{
    public const string Setting = "Demo:ExampleData";

    public static bool Wanted(IConfiguration configuration) => configuration[Setting] switch
    {
        null or "" => false,
        var text when bool.TryParse(text, out var wanted) => wanted,
        var text => throw new InvalidOperationException($"{Setting} must be true or false, got '{text}'."),
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
