using System.Text.Json;
using System.Text.Json.Nodes;

namespace StakeholderBot.Bot.Protocol;

// The free-form parts of an activity (value, entities, channelData) are parsed lazily by System.Text.Json:
// a duplicate key or an escaped lone surrogate only throws when a flow reads it. Reading every node once
// here turns that into a 400 at the door.
public static class JsonTreeCheck
{
    public static string? FindProblem(Activity activity)
    {
        try
        {
            Visit(activity.Value);
            Visit(activity.Entities);
            Visit(activity.ChannelData);
            foreach (var attachment in activity.Attachments ?? []) Visit(attachment?.Content);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or JsonException)
        {
            return "The activity has a duplicate key or text that is not valid Unicode.";
        }
    }

    private static void Visit(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o) Visit(child);
                break;
            case JsonArray a:
                foreach (var child in a) Visit(child);
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                v.GetValue<string>();
                break;
        }
    }
}
