using System.Collections.Concurrent;
using System.Globalization;

namespace StakeholderBot.Bench.Load;

// Latency per kind of turn and every error with what went wrong, counted from the end of warm-up.
public sealed class TurnStats
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> latencies = new();
    private readonly ConcurrentQueue<string> errors = new();

    public int ErrorCount => errors.Count;

    public IEnumerable<string> Errors => errors;

    public void Record(string kind, double milliseconds) => latencies.GetOrAdd(kind, _ => []).Add(milliseconds);

    public void Error(string kind, string what) => errors.Enqueue($"{kind}: {what}");

    public int Count => latencies.Values.Sum(l => l.Count);

    public IEnumerable<string> Lines()
    {
        yield return $"{"kind",-20} {"turns",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}";
        foreach (var (kind, values) in latencies.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var sorted = values.Order().ToArray();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{kind,-20} {sorted.Length,7} {At(sorted, 0.50),8:F1} {At(sorted, 0.95),8:F1} {At(sorted, 0.99),8:F1} {sorted[^1],8:F1}");
        }
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
