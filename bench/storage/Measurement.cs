using System.Diagnostics;

namespace StakeholderBot.Bench.Storage;

// Runs `count` operations over `concurrency` workers and reports throughput and latency percentiles.
// Operations i, i+concurrency, ... run one after another on the same worker.
public sealed record Measurement(string Name, int Count, int Concurrency, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs)
{
    public const string Header = "operation                              conc      ops     ops/s   p50 ms   p99 ms   max ms";

    public double OpsPerSecond => Count / Elapsed.TotalSeconds;

    public string Line => $"{Name,-38} {Concurrency,4} {Count,8} {OpsPerSecond,9:F0} {P50Ms,8:F2} {P99Ms,8:F2} {MaxMs,8:F2}";

    public static async Task<Measurement> RunAsync(string name, int count, int concurrency, Func<int, Task> operation)
    {
        var latencies = new double[count];
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; i < count; i += concurrency)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        await Task.WhenAll(workers);
        total.Stop();
        Array.Sort(latencies);
        return new Measurement(name, count, concurrency, total.Elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
