using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Dialogs.Documents;

// A sent file's name as the library keeps it: the last path segment only, no characters that are not allowed in a
// document path, at most MaxLength characters, with an extension the bot can read.
public static class FileNames
{
    public const int MaxLength = 120;

    public static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var last = name.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
        if (string.IsNullOrEmpty(last)) return null;
        var cleaned = new string(last.Select(c => char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '-' : c).ToArray()).Trim(' ', '.');
        if (cleaned.Length > MaxLength)
        {
            var extension = Path.GetExtension(cleaned);
            cleaned = cleaned[..(MaxLength - extension.Length)].TrimEnd(' ', '.') + extension;
        }
        return cleaned.Length > 0 && !cleaned.StartsWith('.') && DocumentPaths.IsValid(cleaned) ? cleaned : null;
    }

    public static bool IsReadable(string name) => DocumentReaders.IsSupported(name);

    public static string Extension(string name) => Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
}
