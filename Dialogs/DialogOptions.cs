using Microsoft.Extensions.Configuration;

namespace StakeholderBot.Dialogs;

// Settings the flows need, read from configuration with errors that name the key.
public sealed record DialogOptions(IReadOnlyList<string> ProjectManagers, Uri PublicBaseUrl, byte[] ExportSigningKey, TimeSpan DocumentLinkLifetime)
{
    // People reopen an answer days or weeks later (writing a report, forwarding it to a colleague in Teams); a month
    // keeps those citations working while a link that leaves Teams stops working within one reporting period.
    public const int DefaultDocumentLinkDays = 30;

    public static DialogOptions From(IConfiguration configuration)
    {
        var baseUrl = configuration["Bot:PublicBaseUrl"] ?? "http://127.0.0.1:3978";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var publicBaseUrl) || publicBaseUrl.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"Bot:PublicBaseUrl must be an absolute http(s) URL, got '{baseUrl}'.");

        // Without a shared key, signed links (citations, CSV) only work on the instance that made them, until it restarts.
        var key = configuration["Exports:SigningKey"];
        byte[] signingKey;
        if (string.IsNullOrEmpty(key)) signingKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        else if (key.Length < 16) throw new InvalidOperationException("Exports:SigningKey must be at least 16 characters.");
        else signingKey = System.Text.Encoding.UTF8.GetBytes(key);

        var days = DefaultDocumentLinkDays;
        if (configuration["Exports:DocumentLinkDays"] is { Length: > 0 } text
            && (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out days) || days is < 1 or > 365))
            throw new InvalidOperationException($"Exports:DocumentLinkDays must be a whole number of days from 1 to 365, got '{text}'.");

        return new DialogOptions(ConfigList.Read(configuration, "Access:ProjectManagers"), publicBaseUrl, signingKey, TimeSpan.FromDays(days));
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
