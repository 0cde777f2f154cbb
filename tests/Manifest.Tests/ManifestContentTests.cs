using System.Text.Json.Nodes;
using Xunit;

namespace StakeholderBot.Manifest.Tests;

public sealed class ManifestContentTests
{
    // The survey languages plus de, ro and pt, which the bot's welcome and help cards also speak.
    private static readonly string[] PartnerLanguages = ["nl", "de", "hu", "it", "pl", "es", "lt", "sl", "ro", "pt"];

    private static JsonObject Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestCopy.Source, file)))!.AsObject();

    [Fact]
    public void Bot_IsAvailableInPersonalChatsTeamsAndGroupChats()
    {
        var scopes = Read("manifest.json")["bots"]![0]!["scopes"]!.AsArray().Select(s => (string)s!);

        Assert.Equal(["groupChat", "personal", "team"], scopes.Order());
    }

    [Fact]
    public void PersonalCommandList_OffersEveryCommandTheBotRoutes()
    {
        var lists = Read("manifest.json")["bots"]![0]!["commandLists"]!.AsArray();
        var personal = lists.Single(l => l!["scopes"]!.AsArray().Any(s => (string)s! == "personal"))!;

        var titles = personal["commands"]!.AsArray().Select(c => (string)c!["title"]!);

        Assert.Equal(["help", "survey", "survey results", "log meeting", "meetings", "documents", "my data"], titles);
        Assert.All(personal["commands"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
    }

    [Fact]
    public void Names_TellStakeholdersWhichProjectsAndWhatFor()
    {
        var manifest = Read("manifest.json");
        var text = $"{manifest["name"]!["full"]} {manifest["description"]!["short"]} {manifest["description"]!["full"]}";

        foreach (var expected in new[] { "UpGradeSME", "INTER VENTURES", "INTRA", "survey", "RSG", "cited", "document" })
            Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EveryPartnerLanguage_HasItsOwnTranslationOfEveryText()
    {
        var manifest = Read("manifest.json");
        var languages = manifest["localizationInfo"]!["additionalLanguages"]!.AsArray()
            .ToDictionary(l => (string)l!["languageTag"]!, l => (string)l!["file"]!);
        Assert.Equal(PartnerLanguages.Order(), languages.Keys.Order());

        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var commandKeys = lists.SelectMany((list, i) => list!["commands"]!.AsArray()
            .Select((_, j) => $"bots[0].commandLists[{i}].commands[{j}].description")).ToList();

        foreach (var (language, file) in languages)
        {
            var strings = Read(file);
            foreach (var key in new[] { "name.full", "description.short", "description.full" }.Concat(commandKeys))
            {
                var translated = (string?)strings[key];
                Assert.False(string.IsNullOrWhiteSpace(translated), $"{file} lacks {key}");
                Assert.NotEqual(English(manifest, key), translated);
            }
            // Titles are what users type; the bot routes on the English words, so they must not be translated.
            Assert.DoesNotContain(strings, p => p.Key.EndsWith(".title", StringComparison.Ordinal));
        }
    }

    private static string English(JsonObject manifest, string key) => key switch
    {
        "name.full" => (string)manifest["name"]!["full"]!,
        "description.short" => (string)manifest["description"]!["short"]!,
        "description.full" => (string)manifest["description"]!["full"]!,
        _ => CommandDescription(manifest, key),
    };

    private static string CommandDescription(JsonObject manifest, string key)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(key, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value)).ToArray();
        return (string)manifest["bots"]![0]!["commandLists"]![numbers[1]]!["commands"]![numbers[2]]!["description"]!;
    }
}
