using System.Text.Json;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Dialogs;
using StakeholderBot.Dialogs.Documents;

namespace StakeholderBot.Bot.Routing;

// Activity -> Turn: the only place that knows how Teams shapes messages, card actions and installs.
public static class TurnMapper
{
    // Null when the activity is nothing the bot acts on (an unknown type or event). `signed`: the activity carried a
    // token the authenticator verified (never true when auth is off), which is what lets a file link be followed.
    public static Turn? Map(Activity activity, bool signed = false)
    {
        var kind = KindOf(activity);
        if (kind is null) return null;
        var conversation = new ConversationRef(
            activity.Conversation?.Id ?? "", ConversationKindOf(activity.Conversation), activity.TenantId, activity.Conversation?.Name);
        var user = new UserRef(activity.From?.Id ?? "", activity.From?.AadObjectId, activity.From?.Name);
        return new Turn(
            activity.Id ?? "",
            kind.Value,
            conversation,
            user,
            LocaleOf(activity),
            kind == TurnKind.Message ? Mentions.StripBotMention(activity) : "",
            kind == TurnKind.CardAction ? CardActionOf(activity) : null,
            kind == TurnKind.Feedback ? FeedbackOf(activity) : null,
            TimeZoneOf(activity),
            kind == TurnKind.Message ? IncomingFiles.Of(activity, signed) : null);
    }

    // Teams sends localTimezone on messages and invokes, and the same name in the clientInfo entity.
    private static string? TimeZoneOf(Activity activity)
    {
        if (activity.Properties?.TryGetValue("localTimezone", out var zone) == true && zone.ValueKind == JsonValueKind.String
            && zone.GetString() is { Length: > 0 } name)
            return name;
        return TextOf(ClientInfo(activity)?["timezone"]) is { Length: > 0 } fromClient ? fromClient : null;
    }

    private static JsonObject? ClientInfo(Activity activity) =>
        activity.Entities?.OfType<JsonObject>().FirstOrDefault(e => TextOf(e["type"]) == "clientInfo");

    private static TurnKind? KindOf(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message when VerbOf(activity.Value) is not null => TurnKind.CardAction,
        ActivityTypes.Message => TurnKind.Message,
        ActivityTypes.ConversationUpdate when BotWasAdded(activity) => TurnKind.BotAdded,
        ActivityTypes.InstallationUpdate when activity.Action is { } a && a.StartsWith("add", StringComparison.OrdinalIgnoreCase) => TurnKind.BotAdded,
        ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction => TurnKind.CardAction,
        ActivityTypes.Invoke when activity.Name == InvokeNames.MessageSubmitAction => TurnKind.Feedback,
        _ => null,
    };

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;

    private static ConversationKind ConversationKindOf(ConversationAccount? conversation) => conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ when conversation?.IsGroup == true => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };

    private static string LocaleOf(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Locale)) return activity.Locale;
        return TextOf(ClientInfo(activity)?["locale"]) ?? "en-US";
    }

    // Action.Submit puts the verb at the top of value; Action.Execute under value.action.
    private static string? VerbOf(JsonNode? value) => TextOf((value as JsonObject)?["verb"]);

    private static CardAction CardActionOf(Activity activity)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            var action = (activity.Value as JsonObject)?["action"] as JsonObject;
            return new CardAction(TextOf(action?["verb"]) ?? "", Flatten(action?["data"]), IsInvoke: true);
        }
        var values = Flatten(activity.Value);
        return new CardAction(VerbOf(activity.Value) ?? "", values, IsInvoke: false);
    }

    private static FeedbackInput FeedbackOf(Activity activity)
    {
        var value = activity.Value as JsonObject;
        // Teams documents value.actionValue; some SDKs nest it under value.data.
        var actionValue = (value?["actionValue"] ?? (value?["data"] as JsonObject)?["actionValue"]) as JsonObject;
        var reaction = TextOf(actionValue?["reaction"]) ?? "";
        string? comment = null;
        if (TextOf(actionValue?["feedback"]) is { } feedbackJson)
        {
            try { comment = TextOf((JsonNode.Parse(feedbackJson) as JsonObject)?["feedbackText"]); }
            catch (JsonException) { comment = feedbackJson; }
        }
        return new FeedbackInput(reaction, comment, activity.ReplyToId);
    }

    // Card inputs arrive as strings, numbers or booleans depending on the client; flows get strings.
    internal static IReadOnlyDictionary<string, string> Flatten(JsonNode? data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data is not JsonObject obj) return values;
        foreach (var (key, node) in obj)
        {
            if (node is null) continue;
            values[key] = node.GetValueKind() switch
            {
                JsonValueKind.String => node.GetValue<string>(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => node.ToJsonString(),
                _ => node.ToJsonString(),
            };
        }
        return values;
    }

    internal static string? TextOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
