using System.Text.Json;

namespace StakeholderBot.Knowledge.Index;

// Who added a corpus file from Teams, and when: kept beside the corpus in .library/<path>.json (a hidden folder the
// indexer skips), so it survives an index rebuild. Files copied into the folder by hand have none.
public static class AddedBy
{
    private const string Folder = ".library";

    public static async Task WriteAsync(string corpusRoot, string path, string? name, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var file = FileOf(corpusRoot, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new Record(name, at)), cancellationToken);
    }

    public static (string? Name, DateTimeOffset? At) Read(string corpusRoot, string path)
    {
        var file = FileOf(corpusRoot, path);
        try
        {
            return File.Exists(file) && JsonSerializer.Deserialize<Record>(File.ReadAllText(file)) is { } record ? (record.Name, record.At) : (null, null);
        }
        catch (Exception error) when (error is IOException or JsonException or UnauthorizedAccessException)
        {
            return (null, null);
        }
    }

    public static void Delete(string corpusRoot, string path) => File.Delete(FileOf(corpusRoot, path));

    private static string FileOf(string corpusRoot, string path) => Path.Combine(corpusRoot, Folder, path + ".json");

    private sealed record Record(string? Name, DateTimeOffset At);
}
