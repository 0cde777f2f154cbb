using Microsoft.Extensions.Configuration;

namespace StakeholderBot.Dialogs;

public static class ConfigList
{
    // A list key may be a JSON array (Key:0, Key:1) or one string separated by commas or semicolons (env vars).
    public static List<string> Read(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var items = section.GetChildren().Select(c => c.Value).ToList();
        if (section.Value is { } single) items.Add(single);
        return items
            .SelectMany(v => (v ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
