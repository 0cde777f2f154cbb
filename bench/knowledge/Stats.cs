namespace StakeholderBot.Bench.Knowledge;

public static class Stats
{
    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Summary(List<double> milliseconds)
    {
        milliseconds.Sort();
        return $"p50 {Percentile(milliseconds, 50):0.00} ms, p99 {Percentile(milliseconds, 99):0.00} ms, max {milliseconds[^1]:0.00} ms";
    }
}
