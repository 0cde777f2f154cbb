using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Protocol;

namespace StakeholderBot.Bot.Routing;

// In channels and group chats Teams puts "<at>Bot</at>" in the text; commands must see the text without it.
public static partial class Mentions
{
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in activity.Entities?.OfType<JsonObject>() ?? [])
        {
            if (TurnMapper.TextOf(mention["type"]) != "mention") continue;
            var mentioned = mention["mentioned"] as JsonObject;
            if (TurnMapper.TextOf(mentioned?["id"]) is not { } id || id != activity.Recipient?.Id) continue;
            var mentionText = TurnMapper.TextOf(mention["text"]) ?? $"<at>{TurnMapper.TextOf(mentioned?["name"])}</at>";
            if (mentionText.Length == 0) continue;
            text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }
        // Any other <at> tag keeps its inner text; a glued word ("<at>Tom</at>is") gets its space back.
        text = AtTag().Replace(text, m => " " + m.Groups[1].Value + " ");
        text = WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
