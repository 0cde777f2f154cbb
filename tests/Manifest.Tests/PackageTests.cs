using System.IO.Compression;
using System.Text.Json.Nodes;
using Xunit;

namespace StakeholderBot.Manifest.Tests;

[Collection(NodeScriptsCollection.Name)]
public sealed class PackageTests : IDisposable
{
    private const string Package = "scripts/package-app.mjs";
    private const string AppId = "5b0a7c55-2f63-4f5e-9d4e-3c1f0e8a9b21";
    private readonly string work = Directory.CreateTempSubdirectory("package-test-").FullName;

    private string Zip => Path.Combine(work, "StakeholderBot.zip");

    private string ConfigDir(string appSettingsJson, params (string Name, string Json)[] more)
    {
        var dir = Directory.CreateDirectory(Path.Combine(work, "config-" + Guid.NewGuid().ToString("N"))).FullName;
        File.WriteAllText(Path.Combine(dir, "appsettings.json"), appSettingsJson);
        foreach (var (name, json) in more) File.WriteAllText(Path.Combine(dir, name), json);
        return dir;
    }

    [Fact]
    public async Task Package_HasManifestIconsAndTranslationsAtTheRoot_WithTheConfiguredBotId()
    {
        var result = await NodeScript.RunAsync(Package, ["--out", Zip, "--config-dir", ConfigDir("{}")],
            new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, ["Bot__PublicBaseUrl"] = "https://stakeholderbot.example.org/" });

        Assert.True(result.ExitCode == 0, result.ToString());
        using var archive = ZipFile.OpenRead(Zip);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(["color.png", "de.json", "es.json", "hu.json", "it.json", "lt.json", "manifest.json", "nl.json", "outline.png", "pl.json", "pt.json", "ro.json", "sl.json"], names.Order());
        Assert.DoesNotContain(names, n => n.Contains('/') || n.Contains('\\'));

        var manifest = JsonNode.Parse(archive.GetEntry("manifest.json")!.Open())!;
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Contains("stakeholderbot.example.org", manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(File.ReadAllBytes(Path.Combine(ManifestCopy.Source, "outline.png")), ReadAll(archive.GetEntry("outline.png")!));
    }

    [Fact]
    public async Task Package_TakesTheAppIdFromTheEnvironmentsAppSettings()
    {
        var config = ConfigDir("""{"MicrosoftAppId":"00000000-0000-0000-0000-0000000000aa"}""",
            ("appsettings.Staging.json", $$"""{"MicrosoftAppId":"{{AppId}}"}"""));

        var result = await NodeScript.RunAsync(Package, ["--out", Zip, "--config-dir", config, "--no-atk"],
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Staging" });

        Assert.True(result.ExitCode == 0, result.ToString());
        using var archive = ZipFile.OpenRead(Zip);
        Assert.Equal(AppId, (string?)JsonNode.Parse(archive.GetEntry("manifest.json")!.Open())!["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task Package_IsRefused_WithoutAnAppId()
    {
        var result = await NodeScript.RunAsync(Package, ["--out", Zip, "--config-dir", ConfigDir("""{"MicrosoftAppId":""}"""), "--no-atk"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("MicrosoftAppId is not configured", result.Output);
        Assert.False(File.Exists(Zip));
    }

    [Fact]
    public async Task Package_IsRefused_WhenTheAppIdIsNotAGuid()
    {
        var result = await NodeScript.RunAsync(Package, ["--out", Zip, "--config-dir", ConfigDir("{}"), "--no-atk"],
            new Dictionary<string, string?> { ["MicrosoftAppId"] = "my-bot" });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("MicrosoftAppId \"my-bot\" is not a GUID", result.Output);
    }

    [Fact]
    public async Task Package_IsRefused_AndTheOldZipRemoved_WhenTheManifestDoesNotValidate()
    {
        using var copy = new ManifestCopy();
        copy.Edit("manifest.json", m => m["description"]!["short"] = new string('d', 81));
        File.WriteAllText(Zip, "an older package");

        var result = await NodeScript.RunAsync(Package, ["--out", Zip, "--manifest-dir", copy.Dir, "--config-dir", ConfigDir("{}")],
            new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not building StakeholderBot.zip: the manifest does not validate", result.Output);
        Assert.Contains("/description/short must NOT have more than 80 characters", result.Output);
        Assert.False(File.Exists(Zip));
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => Directory.Delete(work, recursive: true);
}
