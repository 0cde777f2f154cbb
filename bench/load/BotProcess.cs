using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bench.Load;

// The bot as its own process: the Release build, on a free loopback port, configured by environment
// variables, stopped by its PID. Its memory is read from /proc.
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> tail = new();
    private readonly ConcurrentQueue<string> failLines = new();
    private int failures;
    private volatile bool healthy;

    private BotProcess(Process process, Uri baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseUrl { get; }

    public int Pid => process.Id;

    // Lines the bot logged at error level ("fail:") once it was healthy (start-up reports "indexing" as unhealthy).
    public int LoggedFailures => failures;

    public string Tail => string.Join("\n", tail);

    // The first error-level lines the bot logged, cut to one line each.
    public IEnumerable<string> FailLines => failLines;

    public static string DllPath(string configuration) =>
        Path.Combine(RepoPaths.Root, "Bot", "bin", configuration, "net10.0", "StakeholderBot.Bot.dll");

    public static async Task<BotProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the bot first (dotnet build -c Release Bot): {dll} is missing.");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await bot.WaitHealthyAsync(TimeSpan.FromMinutes(5));
        return bot;
    }

    // VmRSS (now) and VmHWM (the peak so far), in KiB.
    public (long Rss, long Peak) Memory()
    {
        long Read(string[] lines, string name) =>
            lines.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal)) is { } line
                ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) : 0;
        try
        {
            var lines = File.ReadAllLines($"/proc/{process.Id}/status");
            return (Read(lines, "VmRSS"), Read(lines, "VmHWM"));
        }
        catch (IOException)
        {
            return (0, 0);
        }
    }

    // Anonymous memory (the GC heap, native allocations such as SQLite's page caches) apart from file-backed pages
    // (the runtime's and libraries' code, memory-mapped files), to tell growth of data from code being paged in.
    public string Breakdown()
    {
        try
        {
            var wanted = new[] { "RssAnon", "RssFile" };
            return string.Join(", ", File.ReadAllLines($"/proc/{process.Id}/status")
                .Where(l => wanted.Any(w => l.StartsWith(w + ":", StringComparison.Ordinal)))
                .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var parts ? $"{parts[0].TrimEnd(':')} {long.Parse(parts[1]) / 1024} MiB" : l));
        }
        catch (IOException)
        {
            return "";
        }
    }

    public bool HasExited => process.HasExited;

    private async Task WaitHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The bot exited with {process.ExitCode}:\n{Tail}");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    healthy = true;
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The bot was not healthy within {limit.TotalSeconds} s:\n{Tail}");
    }

    private void Keep(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        if (healthy && (line.Contains(" fail: ", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal)))
        {
            if (Interlocked.Increment(ref failures) <= 5) failLines.Enqueue(line.Length > 400 ? line[..400] : line);
        }
        tail.Enqueue(line);
        while (tail.Count > 40) tail.TryDequeue(out _);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
