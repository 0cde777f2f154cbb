using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Knowledge.Index;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// The on-disk index: reused when nothing changed, updated file by file, followed by the watcher without restart.
public sealed class IndexLifecycleTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task Restart_ReusesTheIndexWhenNothingChanged()
    {
        Write("a.md", "# Alpha\n\nThe alpha budget is 3 M€.");
        Write("b.txt", "Beta\n\nThe beta project started on 1 May 2020 in Maribor.");
        var first = new KnowledgeHarness(corpus);
        Assert.Equal(2, (await first.IndexAsync()).Indexed);

        var second = new KnowledgeHarness(corpus, first.IndexPath);
        var result = await second.IndexAsync();
        Assert.Equal(0, result.Indexed);
        Assert.Equal(2, result.Unchanged);
        Assert.True((await second.AskAsync("When did the beta project start?")).Found);
    }

    [Fact]
    public async Task Touching_AFile_WithoutChangingIt_DoesNotReindexIt()
    {
        Write("a.md", "# Alpha\n\nThe alpha budget is 3 M€.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        File.SetLastWriteTimeUtc(Path.Combine(corpus, "a.md"), DateTime.UtcNow.AddMinutes(5));
        Assert.Equal(0, (await harness.IndexAsync()).Indexed);
    }

    [Fact]
    public async Task ChangedAndDeletedFiles_AreReflected()
    {
        Write("a.md", "# Alpha\n\nThe alpha budget is 3 M€.");
        Write("b.md", "# Beta\n\nThe beta project is led by Maribor Development Agency.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        Write("a.md", "# Alpha\n\nThe alpha budget is 9 M€.");
        File.Delete(Path.Combine(corpus, "b.md"));
        var result = await harness.IndexAsync();
        Assert.Equal((1, 1), (result.Indexed, result.Removed));
        Assert.Contains("9 M€", (await harness.AskAsync("What is the alpha budget?")).PlainText);
        Assert.False((await harness.AskAsync("Who leads the beta project?")).Found);
    }

    [Fact]
    public async Task Watcher_IndexesANewFileWithoutRestart()
    {
        Write("a.md", "# Alpha\n\nThe alpha budget is 3 M€.");
        var harness = new KnowledgeHarness(corpus, rescan: TimeSpan.FromMinutes(10));
        var health = new KnowledgeHealthCheck(harness.Readiness);
        var service = new KnowledgeIndexingService(harness.Options, harness.Indexer, harness.Readiness, NullLogger<KnowledgeIndexingService>.Instance);
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        await service.StartAsync(CancellationToken.None);
        try
        {
            await harness.Readiness.WhenReady.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
            Write("gamma.txt", "Gamma\n\nThe gamma voucher pays for market research in Lithuania.");
            var answer = await Eventually(() => harness.AskAsync("What does the gamma voucher pay for?"), a => a.Found);
            Assert.Contains(answer.Citations, c => c.DocumentPath == "gamma.txt");

            File.Delete(Path.Combine(corpus, "gamma.txt"));
            await Eventually(() => harness.AskAsync("What does the gamma voucher pay for?"), a => !a.Found);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task UnreadableFile_StaysOutWithoutStoppingTheRest()
    {
        File.WriteAllBytes(Path.Combine(corpus, "broken.docx"), [1, 2, 3, 4]);
        Write("ok.md", "# Fine\n\nThe fine document names Klaipėda ID as partner.");
        var result = await new KnowledgeHarness(corpus).IndexAsync();
        Assert.Equal((1, 1), (result.Indexed, result.Failed));
    }

    // Waits for the watcher to act; the limit only stops a broken test from hanging, it is not a speed check.
    private static async Task<Answer> Eventually(Func<Task<Answer>> ask, Func<Answer, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var answer = await ask();
            if (done(answer) || DateTime.UtcNow > until) return answer;
            await Task.Delay(100);
        }
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(corpus, name), text);
}
