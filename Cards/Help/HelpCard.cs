using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Help;

// The reference a user comes back to: each thing the bot does, how to ask for it, and its button.
// Project managers' commands are shown to project managers only.
public static class HelpCard
{
    public static JsonObject Build(HelpTexts texts, bool projectManager)
    {
        List<JsonNode?> body =
        [
            AdaptiveCard.Heading(texts.HelpTitle),
            .. Section(texts.AskTitle, [texts.AskHelp, texts.DocumentsHelp], HelpActions.Ask(texts)),
            .. Section(texts.SurveyTitle, [texts.SurveyHelp, texts.MyDataHelp], HelpActions.StartSurvey(texts)),
        ];
        if (projectManager)
        {
            body.AddRange(Section(texts.ManagersTitle,
                [texts.LogMeetingHelp, texts.Format(texts.MeetingsHelp, HelpActions.MeetingsExample), texts.SurveyResultsHelp, texts.SurveyInviteHelp,
                    texts.RemindersHelp],
                [.. HelpActions.ForManagers(texts)]));
        }
        return AdaptiveCard.Create(body);
    }

    private static IEnumerable<JsonNode> Section(string title, IEnumerable<string> lines, params JsonNode[] actions) =>
    [
        AdaptiveCard.Text(title, size: "Medium", weight: "Bolder", separator: true),
        .. lines.Select(line => AdaptiveCard.Text(line)),
        AdaptiveCard.Actions(actions),
    ];
}
