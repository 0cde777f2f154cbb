using System.Net;
using StakeholderBot.Bot.Tests;
using StakeholderBot.Resilience.Tests.Storage;
using StakeholderBot.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.Resilience.Tests.Hostile;

// 10,000 generated hostile requests through the real host (in process) on a real Azurite.
public sealed class HostileInputTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    public const int Seed = 20_260_321;
    private const int Count = 10_000;
    private LocalHttpServer connector = null!;
    private BotApp bot = null!;

    public async Task InitializeAsync()
    {
        connector = await ConnectorStub.StartAsync();
        bot = new BotApp(ResilienceSettings.For(azurite.ConnectionString, ("Logging:LogLevel:StakeholderBot.Turn", "Critical")));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task TenThousandHostileRequests_AreAnsweredWithout5xx_AndLeaveTheBotHealthyAndTheDataValid()
    {
        await Health.WaitUntilHealthyAsync(bot.CreateClient());
        var catalog = await CardHarvester.HarvestAsync(bot, ResilienceSettings.Manager, connector.BaseUrl);
        output.WriteLine($"catalog: {catalog.Templates.Count} actions, verbs {string.Join(" ", catalog.Verbs)}");
        var generator = new HostileGenerator(Seed, catalog, HostileTargets.For(connector.BaseUrl, ResilienceSettings.Manager));

        var unobserved = new System.Collections.Concurrent.ConcurrentQueue<AggregateException>();
        EventHandler<UnobservedTaskExceptionEventArgs> record = (_, e) => unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += record;

        // HOSTILE_ONLY=17,4242 sends just those requests again (same seed), to reproduce a failure.
        var only = Environment.GetEnvironmentVariable("HOSTILE_ONLY")?.Split(',').Select(int.Parse).ToList();
        var requests = only is null ? generator.Generate(Count) : only.Select(generator.Create);
        var run = await HostileRunner.RunAsync(bot.CreateClient(), requests, Seed);

        output.WriteLine(run.Summary);
        Assert.True(run.Failures.Count == 0, run.FailureReport());
        Assert.Equal(only?.Count ?? Count, run.Sent);
        // The generator must reach the flows, not only the parser: a good share is handled (2xx).
        Assert.True(only is not null || run.Count(s => s is >= 200 and < 300) > Count / 4, run.Summary);
        using var health = await bot.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var stored = await StoredData.ReadAllAsync(azurite);
        output.WriteLine("stored: " + string.Join(", ", stored.Select(t => $"{t.Key} {t.Value.Count}")));
        // The run reached the flows that keep state, so the check below reads something.
        Assert.True(only is not null || stored.Any(t => t.Key == "ConversationState" && t.Value.Any(e => e.GetString("Flow") == "survey")));
        var problems = await StoredDataRules.CheckAsync(azurite);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
        // Work the bot starts off the turn's path (saving a conversation reference) must not fail unseen either.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        TaskScheduler.UnobservedTaskException -= record;
        var lost = unobserved.SelectMany(e => e.InnerExceptions).Where(e => e.StackTrace?.Contains("StakeholderBot.") == true).ToList();
        Assert.True(lost.Count == 0, string.Join("\n\n", lost.Take(5)));
    }

    [Fact]
    public void Generator_CoversEveryWrongTypeForEveryActivityField() =>
        Assert.True(HostileGenerator.CountOf("wrong-type", Count) >= StructuralMutations.Pairs,
            $"{HostileGenerator.CountOf("wrong-type", Count)} wrong-type requests for {StructuralMutations.Pairs} field/type pairs");

    [Fact]
    public void Generator_RebuildsTheSameRequestFromSeedAndIndex()
    {
        var targets = HostileTargets.For("http://127.0.0.1:9/", ResilienceSettings.Manager);
        var first = new HostileGenerator(Seed, new CardCatalog(), targets).Generate(300).ToList();
        var again = new HostileGenerator(Seed, new CardCatalog(), targets);

        Assert.All(first, r => Assert.Equal(r.Body, again.Create(r.Index).Body));
        Assert.True(first.Select(r => r.Kind.Split(' ')[0]).Distinct().Count() >= 14);
    }
}
