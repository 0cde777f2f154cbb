using System.Text.Json.Nodes;

namespace StakeholderBot.Cards;

public static class WelcomeCard
{
    public static JsonObject Build(HelpTexts texts) => AdaptiveCard.Create(
    [
        AdaptiveCard.Heading(texts.Welcome),
        AdaptiveCard.Text(texts.Intro),
        .. HelpCard.CommandList(texts),
    ]);
}
