namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts English = new()
    {
        Welcome = "Welcome to StakeholderBot",
        Intro = "I answer questions about the Interreg projects UpGradeSME, INTER VENTURES and INTRA from their documents, in your language and always with the source.",
        AskExample = "Ask me anything about the projects, for example:",
        ExampleQuestion = "When did UpGradeSME start?",
        StartSurvey = "Take the SME export-readiness survey",
        ManagersTitle = "For project managers",
        LogMeeting = "Log a meeting",
        Meetings = "Meeting summary",
        SurveyResults = "Survey results",
        HelpHint = "Type **help** at any time to see what I can do.",
        HelpTitle = "What I can do",
        AskTitle = "Questions about the projects",
        AskHelp = "Ask in your own words and language. I answer from the project documents and show the source; when they don't say, I tell you. In a channel or group chat, @mention me.",
        DocumentsHelp = "**documents**: The documents I answer from; project managers send me files to add.",
        MyDataHelp = "**my data**: See what is stored about you, or delete it ('delete my data').",
        SurveyTitle = "Export-readiness survey for SMEs",
        SurveyHelp = "Type **survey** to start. You can stop at any time and type **survey** again to continue where you left off.",
        LogMeetingHelp = "**log meeting**: log a Regional Stakeholder Group meeting in four short steps.",
        MeetingsHelp = "**meetings** [project] [partner, region or country] [period]: counts, charts, open action items and a CSV, for example *{0}*.",
        SurveyResultsHelp = "**survey results** [project] [partner, region or country] [period]: responses, readiness and barriers with charts and a CSV.",
        SurveyInviteHelp = "**survey invite** [yyyy-mm-dd]: in a group chat or channel, post the survey for its members, with an optional deadline; in personal chat, see who opened, started and finished it.",
        RemindersHelp = "**reminders off** / **reminders on**: Turn the morning reminders of due action items on or off.",
        Sent = "Sent for you: {0}",
    };
}
