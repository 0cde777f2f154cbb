namespace StakeholderBot.Bot.Routing;

public enum Command { Question, Help, Survey, SurveyResults, SurveyInvite, LogMeeting, Meetings, Reminders, MyData, DeleteMyData, DeleteData, Documents }

// Commands are the first words of the message, case-insensitive; their arguments stay in the text for the flow.
public static class Commands
{
    public static Command Parse(string text)
    {
        var words = text.Trim().TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return Command.Help;
        var first = words[0].ToLowerInvariant();
        var second = words.Length > 1 ? words[1].ToLowerInvariant() : "";
        return (first, second) switch
        {
            ("help" or "/help" or "?", _) when words.Length == 1 => Command.Help,
            ("survey", "results") => Command.SurveyResults,
            ("survey", "invite") when words.Length <= 3 => Command.SurveyInvite,
            ("survey", _) when words.Length <= 2 => Command.Survey,
            ("log", "meeting") when words.Length == 2 => Command.LogMeeting,
            ("meetings", _) => Command.Meetings,
            ("my", "data") when words.Length == 2 => Command.MyData,
            ("delete", "my") when words.Length == 3 && words[2].Equals("data", StringComparison.OrdinalIgnoreCase) => Command.DeleteMyData,
            ("delete", "data") when words.Length <= 3 => Command.DeleteData,
            ("documents" or "docs", _) when words.Length == 1 => Command.Documents,
            ("reminders", "" or "on" or "off") when words.Length <= 2 => Command.Reminders,
            _ => Command.Question,
        };
    }
}
