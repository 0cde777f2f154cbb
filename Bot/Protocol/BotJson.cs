using System.Text.Json;
using System.Text.Json.Serialization;

namespace StakeholderBot.Bot.Protocol;

public static class BotJson
{
    // camelCase as the Bot Framework sends it; nulls left out of what the bot writes.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
    };
}
