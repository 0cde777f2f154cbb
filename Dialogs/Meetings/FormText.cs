using System.Text;

namespace StakeholderBot.Dialogs.Meetings;

// Clean-up of typed text before validation: trimmed, one newline style, no control characters.
internal static class FormText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n").Replace('\r', '\n'))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c)) cleaned.Append(c);
        }
        return cleaned.ToString().Trim();
    }

    public static IReadOnlyList<string> Lines(string text) => text
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.TrimStart('-', '*', '•', ' ').Trim())
        .Where(line => line.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    public static bool IsWebUrl(string text) =>
        !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Host.Length > 0;
}
