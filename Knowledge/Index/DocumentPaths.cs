namespace StakeholderBot.Knowledge.Index;

// Paths of indexed documents are relative, '/'-separated and never climb out of their root.
public static class DocumentPaths
{
    public const int MaxLength = 400;

    public static bool IsValid(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || path.Length > MaxLength || path.StartsWith('/') || path.Contains('\\')) return false;
        if (path.Any(c => char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|')) return false;
        return path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
    }

    public static string FromFile(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
