using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using StakeholderBot.Storage;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// The bot's spans and counters are process-wide by name: no other host may answer questions while these run.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}

// What an operator sees of a question, read from OpenTelemetry's in-memory exporter of the real host.
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];

    [Fact]
    public async Task AnsweredQuestion_IsATurnSpanOnTheAskRoute_WithItsStorageCalls_AndCountsAsAnswered()
    {
        var bot = await AskApp.StartAsync(azurite, AskApp.Prefix(), services: services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics)));
        JsonArray reply, again, refused;
        // Read once the host is stopped: its background work (state writes, index sync) adds spans until then, and
        // stopping exports the metrics' final totals.
        await using (bot)
        {
            reply = await bot.AskAsync(Fixtures.Message("When did INTER VENTURES start?", conversationId: "a:telemetry-1"));
            again = await bot.AskAsync(Fixtures.Message("When did INTER VENTURES start?", conversationId: "a:telemetry-2"));
            refused = await bot.AskAsync(Fixtures.Message("What will the weather be in Budapest tomorrow?", conversationId: "a:telemetry-3"));
            bot.Services.GetRequiredService<MeterProvider>().ForceFlush();
        }

        Assert.Contains("1 August 2019", (string?)reply[0]!["text"]);
        var turns = Spans().Where(s => s.OperationName == "turn").ToList();
        Assert.Equal(3, turns.Count);
        var turn = turns[0];
        Assert.Equal("turn ask", turn.DisplayName);
        Assert.Equal("ask", turn.GetTagItem("bot.route"));
        Assert.Equal("ok", turn.GetTagItem("bot.result"));
        var request = Assert.Single(_spans, s => s.SpanId == turn.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal("POST /api/messages", request.DisplayName);
        var read = Assert.Single(Spans(), s => s.ParentSpanId == turn.SpanId && s.DisplayName == "storage read ask state");
        Assert.Contains(_spans, s => s.ParentSpanId == read.SpanId && s.Kind == ActivityKind.Client && s.GetTagItem("http.request.method") is "GET");

        Assert.Equal(3, Sum("stakeholderbot.turns", ("route", "ask"), ("result", "ok")));
        Assert.Equal(1, Sum("stakeholderbot.answers", ("outcome", "answered"), ("cached", false)));
        Assert.Equal(1, Sum("stakeholderbot.answers", ("outcome", "answered"), ("cached", true)));
        Assert.Equal(1, Sum("stakeholderbot.answers", ("outcome", "refused"), ("cached", false)));
        Assert.Equal(3, Points("stakeholderbot.answer.duration").Sum(p => p.GetHistogramCount()));
        // The storage-failure counter is process-wide: background work of any other host in the test process (outage
        // tests stop their Azurite) adds to it, so this host's own storage calls are checked through its turns' spans.
        Assert.DoesNotContain(Spans(), s => turns.Any(t => t.TraceId == s.TraceId) && s.Status == ActivityStatusCode.Error);
        Assert.Single(again);
        Assert.Single(refused);
    }

    private IEnumerable<Activity> Spans() => _spans.Where(s => s.Source.Name == BotTelemetry.Name);

    // The latest export of a metric: its points hold the totals since the host started.
    private IEnumerable<MetricPoint> Points(string metric) =>
        _metrics.LastOrDefault(m => m.Name == metric)?.MetricPoints ?? [];

    private long Sum(string metric, params (string Key, object Value)[] tags) => Points(metric)
        .Where(p => tags.All(t => Tags(p).TryGetValue(t.Key, out var v) && Equals(v, t.Value)))
        .Sum(p => p.GetSumLong());

    private static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags) tags[tag.Key] = tag.Value;
        return tags;
    }
}
