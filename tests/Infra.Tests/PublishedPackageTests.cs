using System.Net;
using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Infra.Tests;

// The zip App Service would run, started with the template's settings: it becomes healthy and answers a question.
public sealed class PublishedPackageTests(PublishedBot bot) : IClassFixture<PublishedBot>
{
    [Fact]
    public void Package_IsFrameworkDependentLinuxX64_WithTheDocuments()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(PublishedBot.Package);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("StakeholderBot.Bot.dll", names);
        Assert.Contains("StakeholderBot.Bot.runtimeconfig.json", names);
        Assert.Contains("libe_sqlite3.so", names);
        Assert.DoesNotContain(names, n => n.StartsWith("runtimes/", StringComparison.Ordinal) || n == "libcoreclr.so");
        var corpus = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "corpus"), "*", SearchOption.AllDirectories)
            .Select(f => "corpus/" + Path.GetRelativePath(Path.Combine(RepoPaths.Root, "corpus"), f).Replace('\\', '/'));
        Assert.All(corpus, f => Assert.Contains(f, names));
    }

    [Fact]
    public void Health_AnsweredOnlyNotReadyThenReady_WhileStarting()
    {
        // App Service sends traffic to an instance only once this path answers 200.
        Assert.Equal(HttpStatusCode.OK, bot.HealthWhileStarting[^1]);
        Assert.All(bot.HealthWhileStarting, s => Assert.Contains(s, new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK }));
    }

    [Fact]
    public async Task Question_FromTeams_IsAnsweredFromTheDocuments_WithStorageThroughTheManagedIdentity()
    {
        var question = JsonNode.Parse(File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Knowledge.Tests", "corpus-questions.jsonl")).First())!;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = "msteams",
            ["serviceUrl"] = PublishedBot.ServiceUrl,
            ["deliveryMode"] = "expectReplies",
            ["text"] = (string)question["q"]!,
            ["from"] = new JsonObject { ["id"] = "29:published-package-user", ["aadObjectId"] = Guid.NewGuid().ToString(), ["name"] = "Stakeholder" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + PublishedBot.AppId, ["name"] = "StakeholderBot" },
            ["conversation"] = new JsonObject { ["id"] = "a:published-package-" + Guid.NewGuid(), ["conversationType"] = "personal", ["tenantId"] = PublishedBot.TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = PublishedBot.TenantId } },
            ["locale"] = "en-US",
        };

        using var response = await bot.SendAsync(activity);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}\n{bot.Log()}");
        var replies = JsonNode.Parse(body)!["activities"]!.AsArray();
        Assert.Contains(replies, r => r!.ToJsonString().Contains((string)question["expect"]!, StringComparison.Ordinal));
        Assert.Contains(replies, r => r!.ToJsonString().Contains((string)question["source"]!, StringComparison.Ordinal) || r!["entities"] is JsonArray { Count: > 0 });

        // Storage was reached with tokens from the managed identity endpoint, for the identity the settings name.
        var tokenRequests = bot.Platform.Requests.Where(r => r.Path.StartsWith("/msi/token?", StringComparison.Ordinal))
            .Select(r => System.Web.HttpUtility.ParseQueryString(r.Path[(r.Path.IndexOf('?') + 1)..])).ToList();
        Assert.NotEmpty(tokenRequests);
        Assert.All(tokenRequests, q => Assert.Equal(PublishedBot.AppId, q["client_id"]));
        Assert.Contains(tokenRequests, q => q["resource"]!.TrimEnd('/') == "https://storage.azure.com");
    }

    [Fact]
    public async Task UnresolvedKeyVaultReference_StopsStartUp_NamingTheSetting()
    {
        // What the app sees when App Service cannot read the secret yet: the reference text instead of the key.
        var settings = bot.Settings.ToDictionary();
        settings["Exports__SigningKey"] = "@Microsoft.KeyVault(SecretUri=https://kv-example.vault.azure.net/secrets/exports-signing-key/)";

        var (exitCode, output) = await bot.RunOnceAsync(settings);

        Assert.Equal(1, exitCode);
        Assert.Contains("Exports:SigningKey: Key Vault reference not resolved", output);
    }
}
