using Microsoft.Extensions.Configuration;

namespace StakeholderBot.Dialogs;

// Settings the flows need, read from configuration with errors that name the key.
public sealed record DialogOptions(IReadOnlyList<string> ProjectManagers, Uri PublicBaseUrl, byte[] ExportSigningKey)
{
    public static DialogOptions From(IConfiguration configuration)
    {
        var baseUrl = configuration["Bot:PublicBaseUrl"] ?? "http://127.0.0.1:3978";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var publicBaseUrl) || publicBaseUrl.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"Bot:PublicBaseUrl must be an absolute http(s) URL, got '{baseUrl}'.");

        // Without a shared key, CSV links only work on the instance that made them.
        var key = configuration["Exports:SigningKey"];
        byte[] signingKey;
        if (string.IsNullOrEmpty(key)) signingKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        else if (key.Length < 16) throw new InvalidOperationException("Exports:SigningKey must be at least 16 characters.");
        else signingKey = System.Text.Encoding.UTF8.GetBytes(key);

        return new DialogOptions(ConfigList.Read(configuration, "Access:ProjectManagers"), publicBaseUrl, signingKey);
    }
}

public static class ConfigList
{
    // A list key may be a JSON array (Key:0, Key:1) or one string separated by commas or semicolons (env vars).
    public static IReadOnlyList<string> Read(IConfiguration configuration, string key)
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
