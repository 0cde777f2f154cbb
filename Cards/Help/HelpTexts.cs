using System.Globalization;

namespace StakeholderBot.Cards.Help;

// The bot's own words on the welcome and help cards and their buttons, per language.
public sealed partial record HelpTexts
{
    public required string Welcome { get; init; }
    public required string Intro { get; init; }
    public required string AskExample { get; init; }
    public required string ExampleQuestion { get; init; }
    public required string StartSurvey { get; init; }
    public required string ManagersTitle { get; init; }
    public required string LogMeeting { get; init; }
    public required string Meetings { get; init; }
    public required string SurveyResults { get; init; }
    public required string HelpHint { get; init; }
    public required string HelpTitle { get; init; }
    public required string AskTitle { get; init; }
    public required string AskHelp { get; init; }
    public required string DocumentsHelp { get; init; }
    public required string MyDataHelp { get; init; }
    public required string SurveyTitle { get; init; }
    public required string SurveyHelp { get; init; }
    public required string LogMeetingHelp { get; init; }
    public required string MeetingsHelp { get; init; }  // {0} an example command
    public required string SurveyResultsHelp { get; init; }
    public required string SurveyInviteHelp { get; init; }
    public required string RemindersHelp { get; init; }
    public required string Sent { get; init; }  // {0} the command or question sent

    public string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    public static HelpTexts For(string language) => language switch
    {
        "nl" => Dutch,
        "de" => German,
        "hu" => Hungarian,
        "it" => Italian,
        "pl" => Polish,
        "es" => Spanish,
        "lt" => Lithuanian,
        "sl" => Slovenian,
        "ro" => Romanian,
        "pt" => Portuguese,
        _ => English,
    };
}
