using System.Text.Json.Nodes;
using StakeholderBot.Bot.Tests;
using StakeholderBot.Resilience.Tests.Storage;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Faults;

// Azurite stopped in the middle of surveys and started again (data on disk, same port).
public sealed class StorageOutageTests(PersistentAzuriteFixture azurite) : IClassFixture<PersistentAzuriteFixture>, IAsyncLifetime
{
    private BotApp bot = null!;

    public async Task InitializeAsync()
    {
        await azurite.StartAsync();
        // Few, quick retries: an outage turn should say so in about a second, not after the default backoff.
        bot = new BotApp(ResilienceSettings.For(azurite.ConnectionString, ("Storage:MaxRetries", "1"), ("Storage:NetworkTimeoutSeconds", "2")));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await azurite.StartAsync();
    }

    // Azurite keeps tables in memory and writes them to disk every 5 s (LokiJS autosave), so a stop right after
    // a write would lose it; a real table service never loses an acknowledged write. The outage starts after that.
    private static Task LetAzuriteFlushAsync() => Task.Delay(TimeSpan.FromSeconds(6));

    [Fact]
    public async Task SurveysThroughAnOutage_KeepTheirInput_WriteNothingHalf_AndFinishOnceStorageIsBack()
    {
        var walkers = Enumerable.Range(0, 6).Select(i => new SurveyWalker($"a:outage-{i}", Guid.NewGuid().ToString())).ToList();
        foreach (var walker in walkers)
        {
            await walker.StartAsync(bot);
            // Half of them are on the last page when storage goes away; the others on page 2.
            var pages = walkers.IndexOf(walker) < 3 ? 20 : 1;
            for (var i = 0; i < pages && walker.Forward?.Verb == "survey.next"; i++) await walker.ForwardAsync(bot);
        }
        var pageBefore = walkers.ToDictionary(w => w, w => SurveyWalker.Page(w.Card!));
        Assert.Contains(walkers, w => w.Forward?.Verb == "survey.submit");
        var storedBefore = await StoredData.SnapshotAsync(azurite);
        await LetAzuriteFlushAsync();

        await azurite.StopAsync();
        var outage = new List<(SurveyWalker Walker, JsonObject Body, JsonObject Sent)>();
        foreach (var walker in walkers) outage.Add((walker, await walker.ForwardAsync(bot), walker.LastSent!));
        var resume = await walkers[0].SayAsync(bot, "survey");
        await azurite.StartAsync();

        foreach (var (walker, body, sent) in outage)
        {
            var card = (JsonObject)body["value"]!;
            Assert.Equal(pageBefore[walker], SurveyWalker.Page(card));                    // still on the page
            Assert.Contains("Saving failed", SurveyWalker.ErrorText(card));               // says why
            foreach (var input in CardForm.Read(card).Inputs.Where(i => sent.ContainsKey(i.Id))) // and kept every answer
                Assert.Equal(sent[input.Id]!.ToString(), input.Definition["value"]?.ToString());
        }
        Assert.Contains("can't reach", resume);
        Assert.Equal(storedBefore, await StoredData.SnapshotAsync(azurite));             // nothing written, half or whole

        // Storage is back: the very same press goes through, and everyone finishes.
        foreach (var (walker, _, sent) in outage)
        {
            var body = await walker.ForwardAsync(bot, sent);
            Assert.NotEqual(pageBefore[walker], SurveyWalker.Page((JsonObject)body["value"]!));
            for (var i = 0; i < 20 && !walker.Submitted; i++) await walker.ForwardAsync(bot);
            Assert.True(walker.Submitted);
        }
        var stored = await StoredData.ReadAllAsync(azurite);
        var responses = stored.GetValueOrDefault("SurveyResponses") ?? [];
        Assert.Equal(walkers.Count, responses.Count);
        Assert.Equal(walkers.Count, responses.Select(r => r.RowKey).Distinct().Count());
        Assert.All(walkers, w => Assert.Single(responses, r => r.GetString("target_markets") == $"typed by {w.Conversation}"));
        Assert.Empty(await StoredDataRules.CheckAsync(azurite));
    }
}
