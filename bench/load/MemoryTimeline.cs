using System.Collections.Concurrent;
using System.Globalization;

namespace StakeholderBot.Bench.Load;

// Samples the bot's RSS (from /proc/<pid>/status) on a timer while the load runs.
public sealed class MemoryTimeline
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public MemoryTimeline(BotProcess bot, TimeSpan every)
    {
        loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(every);
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token)) Samples.Enqueue(bot.Memory().Rss);
            }
            catch (OperationCanceledException) { }
        });
    }

    public ConcurrentQueue<long> Samples { get; } = new();

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await loop;
    }

    public long Growth()
    {
        var all = Samples.ToArray();
        if (all.Length < 10) return 0;
        var size = all.Length / 10;
        return all[^size..].Max() - all[..size].Max();
    }

    // The largest sample in each of `parts` equal slices of the run, so growth over time shows.
    public string Summary(int parts)
    {
        var all = Samples.ToArray();
        if (all.Length == 0) return "(none)";
        var size = Math.Max(1, all.Length / parts);
        return string.Join(" ", all.Chunk(size).Select(c => (c.Max() / 1024.0).ToString("F0", CultureInfo.InvariantCulture)));
    }
}
