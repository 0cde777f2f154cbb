using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Manifest.Tests;

// A scratch copy of manifest/ that a test may break on purpose.
public sealed class ManifestCopy : IDisposable
{
    public ManifestCopy()
    {
        Directory.CreateDirectory(Dir);
        foreach (var file in Directory.GetFiles(Source)) File.Copy(file, Path.Combine(Dir, Path.GetFileName(file)));
    }

    public static string Source => Path.Combine(RepoPaths.Root, "manifest");

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "manifest-test-" + Guid.NewGuid().ToString("N"));

    public string ManifestFile => Path.Combine(Dir, "manifest.json");

    public void Edit(string file, Action<JsonObject> change)
    {
        var path = Path.Combine(Dir, file);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
