using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Help;

// Buttons for what a user can do, so nothing has to be typed from memory: the welcome and help cards use
// them, and so may any reply that points to what the bot can do. Each sends a command (or the example
// question) as if the user had typed it; the card it is on stays as it is.
public static class HelpActions
{
    public const string CommandKey = "command";

    // The command words the bot understands, whatever language the button is in.
    public const string Survey = "survey";
    public const string LogMeeting = "log meeting";
    public const string Meetings = "meetings";
    public const string SurveyResults = "survey results";

    // A summary example that finds meetings when the demo meetings are loaded (Meetings:DemoData).
    public const string MeetingsExample = "meetings Lombardy 2021";

    public static JsonObject Ask(HelpTexts texts) => Run(texts.ExampleQuestion, texts.ExampleQuestion);

    public static JsonObject StartSurvey(HelpTexts texts) => Run(texts.StartSurvey, Survey);

    public static IReadOnlyList<JsonObject> ForManagers(HelpTexts texts) =>
    [
        Run(texts.LogMeeting, LogMeeting),
        Run(texts.Meetings, Meetings),
        Run(texts.SurveyResults, SurveyResults),
    ];

    // Everything a user may do, project managers' commands only for project managers.
    public static JsonObject For(HelpTexts texts, bool projectManager) =>
        AdaptiveCard.Actions([Ask(texts), StartSurvey(texts), .. projectManager ? ForManagers(texts) : []]);

    public static JsonObject Run(string title, string command) =>
        AdaptiveCard.Execute(title, CardVerbs.HelpRun, new JsonObject { [CommandKey] = command }, validate: false);
}
