using System.Diagnostics;

namespace StakeholderBot.Bench.Storage;

// Runs `count` operations over `concurrency` workers and reports throughput and latency percentiles, and what the
// client itself spent: CPU time of this process (Azurite is another process) and bytes allocated, per operation.
// Those two are steadier than ops/s on a shared machine, where other processes slow every request down.
// Operations i, i+concurrency, ... run one after another on the same worker.
public sealed record Measurement(
    string Name, int Count, int Concurrency, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs, TimeSpan ClientCpu, long Allocated)
{
    public const string Header =
        "operation                              conc      ops     ops/s   p50 ms   p99 ms   max ms  cpu us/op  KB/op";

    public double OpsPerSecond => Count / Elapsed.TotalSeconds;

    public string Line =>
        $"{Name,-38} {Concurrency,4} {Count,8} {OpsPerSecond,9:F0} {P50Ms,8:F2} {P99Ms,8:F2} {MaxMs,8:F2} {ClientCpu.TotalMicroseconds / Count,10:F0} {Allocated / 1024.0 / Count,6:F1}";

    public static async Task<Measurement> RunAsync(string name, int count, int concurrency, Func<int, Task> operation)
    {
        var latencies = new double[count];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
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
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Array.Sort(latencies);
        return new Measurement(name, count, concurrency, total.Elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies[^1],
            cpu, allocated);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
