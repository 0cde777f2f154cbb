using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bot.Tests;

// The real host over the repository's corpus/, with storage in the test's Azurite; waits for the index.
public static class AskApp
{
    public static async Task<BotApp> StartAsync(AzuriteFixture azurite, string prefix, string? corpus = null,
        IReadOnlyDictionary<string, string?>? more = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = corpus ?? Path.Combine(RepoPaths.Root, "corpus"),
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Bot:PublicBaseUrl"] = "https://bot.example.org",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>()) settings[key] = value;
        var bot = new BotApp(settings, services);
        var client = bot.CreateClient();
        // /health turns 200 once the first index is ready; the limit only stops a broken start from hanging.
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var health = await client.GetAsync("/health");
            if (health.IsSuccessStatusCode) return bot;
            await Task.Delay(100);
        }
        throw new InvalidOperationException("The knowledge index did not become ready.");
    }

    public static string Prefix() => "t" + Guid.NewGuid().ToString("N")[..8];
}
