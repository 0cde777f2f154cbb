using System.Diagnostics.Metrics;
using StakeholderBot.Knowledge.Models;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// The model path against Azure OpenAI's wire format (deployments in the path, api-version, api-key) served by a local
// stub that checks every request: rewriting, the deployment's vectors, grounded answers, throttling, usage and limits.
public sealed class AzureModelTests : IAsyncLifetime
{
    private const string Hungarian = "Mikor kezdődött az UpGradeSME projekt?";
    private const string Rewritten = "When did the UpGradeSME project start?";
    private ModelService model = null!;

    // The deployment's vectors are the local embedding model's here, so they rank passages by meaning as a deployment would.
    public async Task InitializeAsync()
    {
        model = await ModelService.StartAsync(ModelApi.Azure, "gpt-test", "embed-test");
        model.Embed = text => KnowledgeHarness.Embedder.EmbedPassage(text, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Assert.Empty(model.Problems);
        await model.DisposeAsync();
    }

    [Fact]
    public async Task HungarianQuestion_IsSearchedByItsEnglishRewrite_AndAnsweredInHungarianWithTheCitation()
    {
        model.Rewrite = (call, reply) => reply.WriteAsync(call.Question == Hungarian ? "en: " + Rewritten : "en: " + call.Question);
        model.Answer = (call, reply) => reply.WriteAsync($"Az UpGradeSME projekt 2016. április 1-jén kezdődött [{call.SourceWith("1 April 2016")}].");
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync(Hungarian, "hu");

        Assert.True(answer.AiGenerated);
        Assert.Equal("hu", answer.Language);
        Assert.Equal("Az UpGradeSME projekt 2016. április 1-jén kezdődött [1].", answer.PlainText);
        Assert.Equal("upgradesme-project.md", Assert.Single(answer.Citations).DocumentPath);
        var rewrite = Assert.Single(model.Calls(ChatKind.Rewrite));
        Assert.Equal("gpt-test", rewrite.Deployment);
        Assert.Contains("en (English)", rewrite.System);
        var call = Assert.Single(model.Calls(ChatKind.Answer));
        Assert.Contains("Answer in Hungarian", call.System);
        Assert.Contains("Search query: " + Rewritten, call.User);
        Assert.EndsWith("Question: " + Hungarian, call.User);
        Assert.Contains(call.Sources, s => s.Contains("Start: 1 April 2016", StringComparison.Ordinal));
        // The rewritten query is what was embedded for the search, never the Hungarian text.
        var asked = model.EmbeddingCalls.Last();
        Assert.Equal([Rewritten], asked.Inputs);
        Assert.DoesNotContain(model.EmbeddingCalls, c => c.Inputs.Contains(Hungarian));
        Assert.All(model.ApiVersions, v => Assert.Matches(@"^\d{4}-\d{2}-\d{2}(-preview)?$", v));
    }

    [Fact]
    public async Task RewritingFails_TheQuestionItselfIsSearchedAndAnswered()
    {
        model.Rewrite = (_, _) => throw new ModelStatus(500);
        model.Answer = (call, reply) => reply.WriteAsync($"It started on 1 April 2016 [{call.SourceWith("1 April 2016")}].");
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("When did UpGradeSME start?");

        Assert.True(answer.AiGenerated);
        Assert.Equal("upgradesme-project.md", Assert.Single(answer.Citations).DocumentPath);
        Assert.DoesNotContain("Search query:", Assert.Single(model.Calls(ChatKind.Answer)).User);
        Assert.Equal(["When did UpGradeSME start?"], model.EmbeddingCalls.Last().Inputs);
    }

    [Fact]
    public async Task PassageVectors_AreSentInBatches_OnlyForNewOrChangedText()
    {
        var corpus = TempFolders.Create("sb-corpus-");
        for (var d = 0; d < 6; d++) File.WriteAllText(Path.Combine(corpus, $"doc{d}.md"), Document($"Document {d}", 30));
        var harness = new KnowledgeHarness(corpus, model: Options(), clients: null);
        await harness.IndexAsync(vectors: false);

        var first = model.EmbeddingCalls.ToList();
        Assert.True(first.Count > 1);
        Assert.All(first, c => Assert.Equal("embed-test", c.Deployment));
        Assert.All(first[..^1], c => Assert.Equal(ModelVectors.DefaultBatchSize, c.Inputs.Count));
        Assert.InRange(first[^1].Inputs.Count, 1, ModelVectors.DefaultBatchSize);

        // Nothing changed: nothing is embedded again. One document changed: only its text is.
        await harness.Model.Vectors!.FillAsync(CancellationToken.None);
        Assert.Equal(first.Count, model.EmbeddingCalls.Count);
        File.WriteAllText(Path.Combine(corpus, "doc3.md"), Document("Document 3 revised", 4));
        await harness.IndexAsync(vectors: false);
        var again = model.EmbeddingCalls.Skip(first.Count).SelectMany(c => c.Inputs).ToList();
        Assert.NotEmpty(again);
        Assert.All(again, text => Assert.Contains("Document 3 revised", text));
    }

    [Fact]
    public async Task EmbeddingsThrottledDuringIndexing_WaitsTheRetryAfter_ThenSendsTheSameBatchAgain()
    {
        model.RetryAfterSeconds = 7;
        model.ScriptEmbeddings(429, 429);
        var clock = new TestClock(DateTimeOffset.Parse("2026-12-06T10:00:00Z"));
        var harness = new KnowledgeHarness(KnowledgeHarness.RepoCorpus, model: Options(), time: clock);

        await harness.IndexAsync(vectors: false);

        var calls = model.EmbeddingCalls.ToList();
        Assert.Equal([429, 429, 200], calls.Take(3).Select(c => c.Status));
        Assert.Equal(calls[0].Inputs, calls[1].Inputs);
        Assert.Equal(calls[0].Inputs, calls[2].Inputs);
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], clock.Waits);
        Assert.True(harness.Model.Vectors!.CanSearch);
    }

    [Fact]
    public async Task TokenUsage_IsRecordedAsAMetric_PerModelCall()
    {
        model.Answer = (call, reply) => reply.WriteAsync($"It started on 1 April 2016 [{call.SourceWith("1 April 2016")}].");
        var tokens = new List<(long Value, string? Type)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ModelClients.TelemetrySource && instrument.Name == "gen_ai.client.token.usage") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) => Record(value, tags));
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Record(value, tags));
        listener.Start();
        var harness = await IndexedAsync();

        await harness.AskAsync("When did UpGradeSME start?");

        lock (tokens)
        {
            Assert.Contains(tokens, t => t.Type == "input" && t.Value > 0);
            Assert.Contains(tokens, t => t.Type == "output" && t.Value > 0);
        }

        void Record(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? type = null;
            foreach (var tag in tags) if (tag.Key == "gen_ai.token.type") type = tag.Value as string;
            lock (tokens) tokens.Add((value, type));
        }
    }

    [Fact]
    public async Task UserOverTheHourlyLimit_GetsRetryAfter_WithoutAModelCall_OthersAreStillAnswered()
    {
        model.Answer = (call, reply) => reply.WriteAsync($"It started on 1 April 2016 [{call.SourceWith("1 April 2016")}].");
        var harness = new KnowledgeHarness(KnowledgeHarness.RepoCorpus, model: Options(questionsPerHour: 2));
        await harness.IndexAsync(vectors: false);

        await harness.AskAsync("When did UpGradeSME start?", asker: "busy");
        await harness.AskAsync("When did the UpGradeSME project begin?", asker: "busy");
        var refused = await harness.AskAsync("Which countries take part in UpGradeSME?", asker: "busy");
        var other = await harness.AskAsync("Which countries take part in UpGradeSME?", asker: "someone else");

        Assert.False(refused.Found);
        Assert.NotNull(refused.RetryAfter);
        Assert.InRange(refused.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Null(other.RetryAfter);
        Assert.Equal(3, model.Calls(ChatKind.Answer).Count);
    }

    private async Task<KnowledgeHarness> IndexedAsync()
    {
        var harness = new KnowledgeHarness(KnowledgeHarness.RepoCorpus, model: Options());
        await harness.IndexAsync(vectors: false);
        return harness;
    }

    // The stub embeds with the real local model, which on a busy machine can take longer for a batch than the default
    // client timeout; these tests are not about timeouts, so the client waits as long as the settings allow.
    private ModelOptions Options(int questionsPerHour = 60) => new()
    {
        TimeoutSeconds = 110,
        Endpoint = new Uri(model.Endpoint), ChatModel = model.ChatModel, EmbeddingModel = model.EmbeddingModel!, ApiKey = model.Key,
        UserQuestionsPerHour = questionsPerHour,
    };

    private static string Document(string title, int paragraphs) =>
        $"# {title}\n\n" + string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(p =>
            $"## Part {p}\n\n{title} says in part {p} that regional agencies help small firms export to market {p}. " +
            $"The programme funds {p * 10} visits and {p + 2} trade missions a year."));
}
