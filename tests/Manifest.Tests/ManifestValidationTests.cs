using System.Text.Json.Nodes;
using Xunit;

namespace StakeholderBot.Manifest.Tests;

// One collection: the first test to need the Agents Toolkit CLI installs it, the others reuse it.
[Collection(NodeScriptsCollection.Name)]
public sealed class ManifestValidationTests
{
    private const string Validate = "scripts/validate-manifest.mjs";

    [Fact]
    public async Task Manifest_PassesSchemaLocalizationAndIconChecks()
    {
        var result = await NodeScript.RunAsync(Validate, ["manifest/manifest.json", "--no-atk"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("valid (schema, localization, icons)", result.Output);
    }

    [Fact]
    public async Task Manifest_PassesAgentsToolkitValidate()
    {
        var result = await NodeScript.RunAsync(Validate, ["manifest/manifest.json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("valid (schema, localization, icons, atk validate)", result.Output);
    }

    [Fact]
    public async Task BrokenManifest_FailsSchemaAndAgentsToolkitValidation()
    {
        using var copy = new ManifestCopy();
        copy.Edit("manifest.json", m =>
        {
            m["name"]!["short"] = new string('x', 40);
            m["accentColor"] = "blue";
        });

        var result = await NodeScript.RunAsync(Validate, [copy.ManifestFile]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("manifest.json /name/short must NOT have more than 30 characters", result.Output);
        Assert.Contains("manifest.json /accentColor must match pattern", result.Output);
        Assert.Contains("atk validate: (×) Error: /name/short must NOT have more than 30 characters", result.Output);
    }

    [Fact]
    public async Task ManifestWithBotIdThatIsNotAGuid_IsRejected()
    {
        using var copy = new ManifestCopy();
        copy.Edit("manifest.json", m => m["bots"]![0]!["botId"] = "stakeholder-bot");

        var result = await NodeScript.RunAsync(Validate, [copy.ManifestFile, "--no-atk"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/bots/0/botId must match pattern", result.Output);
    }

    [Fact]
    public async Task TranslationTooLong_IsRejected()
    {
        using var copy = new ManifestCopy();
        copy.Edit("pl.json", t => t["name.short"] = new string('ż', 31));

        var result = await NodeScript.RunAsync(Validate, [copy.ManifestFile, "--no-atk"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pl.json /name.short must NOT have more than 30 characters", result.Output);
    }

    [Fact]
    public async Task TranslationOfACommandTheManifestLacks_IsRejected()
    {
        using var copy = new ManifestCopy();
        copy.Edit("lt.json", t => t["bots[0].commandLists[1].commands[5].description"] = "Nėra tokios komandos");

        var result = await NodeScript.RunAsync(Validate, [copy.ManifestFile, "--no-atk"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("lt.json translates \"bots[0].commandLists[1].commands[5].description\", which the manifest does not have", result.Output);
    }

    [Fact]
    public async Task MissingTranslationFile_IsRejected()
    {
        using var copy = new ManifestCopy();
        File.Delete(Path.Combine(copy.Dir, "sl.json"));

        var result = await NodeScript.RunAsync(Validate, [copy.ManifestFile, "--no-atk"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("sl.json does not exist", result.Output);
    }

    [Fact]
    public async Task OutlineIconWithAColouredPixel_IsRejected()
    {
        using var copy = new ManifestCopy();
        File.WriteAllBytes(Path.Combine(copy.Dir, "outline.png"),
            Png.Rgba(32, (x, y) => x == 16 && y == 16 ? ((byte)0x1D, (byte)0x4E, (byte)0x89, (byte)255) : ((byte)255, (byte)255, (byte)255, (byte)0)));

        var result = await NodeScript.RunAsync(Validate, [copy.ManifestFile, "--no-atk"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("icons.outline: outline.png must be white (255,255,255) wherever it is not transparent", result.Output);
    }

    [Fact]
    public async Task OutlineIconWithoutTransparency_IsRejected()
    {
        using var copy = new ManifestCopy();
        File.WriteAllBytes(Path.Combine(copy.Dir, "outline.png"), Png.Rgba(32, (_, _) => (255, 255, 255, 255)));

        var result = await NodeScript.RunAsync(Validate, [copy.ManifestFile, "--no-atk"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("must have a fully transparent background", result.Output);
    }

    [Fact]
    public async Task IconsOfTheWrongSize_AreRejected()
    {
        using var copy = new ManifestCopy();
        File.Copy(Path.Combine(copy.Dir, "outline.png"), Path.Combine(copy.Dir, "color.png"), overwrite: true);

        var result = await NodeScript.RunAsync(Validate, [copy.ManifestFile, "--no-atk"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("icons.color: color.png is 32x32, must be 192x192", result.Output);
    }

    [Fact]
    public async Task SchemaVersionNotBundledOffline_IsRejected()
    {
        using var copy = new ManifestCopy();
        copy.Edit("manifest.json", m => m["$schema"] = "https://developer.microsoft.com/json-schemas/teams/v1.18/MicrosoftTeams.schema.json");

        var result = await NodeScript.RunAsync(Validate, [copy.ManifestFile, "--no-atk"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("v1.18 is not bundled with @microsoft/app-manifest", result.Output);
    }
}
