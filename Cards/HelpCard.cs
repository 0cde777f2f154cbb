using System.Text.Json.Nodes;

namespace StakeholderBot.Cards;

public static class HelpCard
{
    public static JsonObject Build(HelpTexts texts) => AdaptiveCard.Create(
    [
        AdaptiveCard.Heading("StakeholderBot"),
        .. CommandList(texts),
    ]);

    internal static IEnumerable<JsonNode> CommandList(HelpTexts texts) =>
    [
        AdaptiveCard.Text(texts.CommandsTitle, weight: "Bolder", separator: true),
        AdaptiveCard.Facts(texts.Commands.Select(c => (c.Command, c.Description))),
        AdaptiveCard.Text(texts.AskHint, isSubtle: true),
    ];
}
