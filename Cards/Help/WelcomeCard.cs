using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Help;

// The first thing a user sees: what the bot is for and a button for each thing they can do now.
public static class WelcomeCard
{
    public static JsonObject Build(HelpTexts texts, bool projectManager)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(texts.Welcome),
            AdaptiveCard.Text(texts.Intro),
            AdaptiveCard.Text(texts.AskExample, separator: true),
            AdaptiveCard.Actions(HelpActions.Ask(texts)),
            AdaptiveCard.Actions(HelpActions.StartSurvey(texts)),
        };
        if (projectManager)
        {
            body.Add(AdaptiveCard.Text(texts.ManagersTitle, weight: "Bolder", separator: true));
            body.Add(AdaptiveCard.Actions([.. HelpActions.ForManagers(texts)]));
        }
        body.Add(AdaptiveCard.Text(texts.HelpHint, size: "Small", isSubtle: true, separator: true));
        return AdaptiveCard.Create(body);
    }
}
