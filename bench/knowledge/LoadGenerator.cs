using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace StakeholderBot.Bench.Knowledge;

public sealed record LoadResult(int Turns, int Failures, double Seconds, List<double> Latencies)
{
    public double PerSecond => Turns / Seconds;
}

// Concurrent message turns with deliveryMode expectReplies: each worker is one user in one conversation, sending
// its next question as soon as the previous reply arrived.
public static class LoadGenerator
{
    // unique: each worker walks its own slice of the questions, so no question is asked twice while they last.
    public static async Task<LoadResult> RunAsync(string url, IReadOnlyList<string> questions, int concurrency, TimeSpan duration, bool unique = false)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        var turns = 0;
        var failures = 0;
        var latencies = new List<double>[concurrency];
        var stop = DateTime.UtcNow + duration;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            latencies[worker] = [];
            for (var n = 0; DateTime.UtcNow < stop; n++)
            {
                var question = questions[(unique ? worker * (questions.Count / concurrency) + n : worker * 7919 + n) % questions.Count];
                using var content = new StringContent(Activity(worker, n, question), Encoding.UTF8, "application/json");
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync(url, content);
                    var body = await response.Content.ReadAsStringAsync();
                    latencies[worker].Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                    if (response.IsSuccessStatusCode && body.Contains("\"activities\"", StringComparison.Ordinal)) Interlocked.Increment(ref turns);
                    else Interlocked.Increment(ref failures);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref failures); }
            }
        }));
        return new LoadResult(turns, failures, clock.Elapsed.TotalSeconds, latencies.SelectMany(l => l).ToList());
    }

    private static string Activity(int worker, int n, string question) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["type"] = "message",
        ["id"] = $"bench-{worker}-{n}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new Dictionary<string, string> { ["id"] = $"29:bench-user-{worker}", ["name"] = "Bench User" },
        ["recipient"] = new Dictionary<string, string> { ["id"] = "28:bench-bot", ["name"] = "Bot" },
        ["conversation"] = new Dictionary<string, string> { ["id"] = $"a:bench-conversation-{worker}", ["conversationType"] = "personal" },
        ["locale"] = "en-US",
        ["text"] = question,
        ["deliveryMode"] = "expectReplies",
    });
}
