namespace StakeholderBot.Bench.Knowledge;

// Answer turns per second through the real host (Release build, the index just built, Azurite for state) next
// to a botbuilder echo bot, measured with the same load in the same run.
public static class HttpBenchmark
{
    private const string EchoFolder = "/tmp/stakeholderbot-bench-echo";

    // questions: asked again and again (answer cache); fresh: each asked once, more than a run can ask.
    public static async Task RunAsync(string corpus, string index, IReadOnlyList<string> questions, IReadOnlyList<string> fresh, string work, BenchOptions options)
    {
        var root = RepoRoot();
        var duration = TimeSpan.FromSeconds(options.Seconds);

        await ChildProcess.RunAsync("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(root, "Bot", "StakeholderBot.Bot.csproj")], root);
        var azuritePort = ChildProcess.FreePort();
        using var azurite = ChildProcess.Start(Path.Combine(root, "node_modules", ".bin", "azurite-table"),
            ["--tableHost", "127.0.0.1", "--tablePort", azuritePort.ToString(), "--inMemoryPersistence", "--disableTelemetry", "--silent"], work);
        var botPort = ChildProcess.FreePort();
        using (var bot = ChildProcess.Start("dotnet", [Path.Combine(root, "Bot", "bin", "Release", "net10.0", "StakeholderBot.Bot.dll"), "--urls", $"http://127.0.0.1:{botPort}"], work,
            new Dictionary<string, string>
            {
                ["Knowledge__CorpusPath"] = corpus,
                ["Knowledge__IndexPath"] = index,
                ["Storage__ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{azuritePort}/devstoreaccount1;",
                // Per-turn information logs go to the console; a throughput run keeps warnings only.
                ["Logging__LogLevel__Default"] = "Warning",
                // Production without an app id, replies to a loopback serviceUrl: both have to be said explicitly.
                ["Bot__AllowUnauthenticated"] = "true",
                ["Connector__TrustedHosts"] = "127.0.0.1",
            }))
        {
            await ChildProcess.WaitForAsync($"http://127.0.0.1:{botPort}/health", TimeSpan.FromMinutes(2));
            await WaitForVectorsAsync(index, TimeSpan.FromSeconds(options.EmbedSeconds ?? 3600));
            var url = $"http://127.0.0.1:{botPort}/api/messages";
            // Every question new: nothing can come from the answer cache.
            // The runtime's tiered JIT keeps recompiling the answer path for about 20 s of load after start (a turn
            // costs 3-5x its steady CPU at first), so the warm-up asks new questions for long enough to reach it.
            var warm = Math.Min(10_000, fresh.Count / 4);
            await LoadGenerator.RunAsync(url, fresh.Skip(fresh.Count - warm).ToList(), options.Concurrency, TimeSpan.FromSeconds(options.Warmup), unique: true);
            var cpu = bot.Cpu + azurite.Cpu;
            var unique = await LoadGenerator.RunAsync(url, fresh.Take(fresh.Count - warm).ToList(), options.Concurrency, duration, unique: true);
            uniqueCpu = (bot.Cpu + azurite.Cpu - cpu).TotalMilliseconds / Math.Max(1, unique.Turns);
            Console.WriteLine($"answer turns over HTTP, every question new (expectReplies, concurrency {options.Concurrency}, {options.Seconds} s): {unique.PerSecond:0} turns/s, {unique.Failures} failed, {Stats.Summary(unique.Latencies)}; bot + Azurite CPU {uniqueCpu:0.00} ms per turn");
            // Stakeholders asking the same 500 questions again and again: answers come from the cache.
            await LoadGenerator.RunAsync(url, questions, options.Concurrency, TimeSpan.FromSeconds(3));
            cpu = bot.Cpu + azurite.Cpu;
            var answers = await LoadGenerator.RunAsync(url, questions, options.Concurrency, duration);
            var answersCpu = (bot.Cpu + azurite.Cpu - cpu).TotalMilliseconds / Math.Max(1, answers.Turns);
            Console.WriteLine($"answer turns over HTTP, 500 questions asked again and again: {answers.PerSecond:0} turns/s, {answers.Failures} failed, {Stats.Summary(answers.Latencies)}; bot + Azurite CPU {answersCpu:0.00} ms per turn");
            answersPerSecond = answers.PerSecond;
            uniquePerSecond = unique.PerSecond;
        }

        await InstallEchoBotAsync();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "echo-bot.js"), Path.Combine(EchoFolder, "echo-bot.js"), overwrite: true);
        var echoPort = ChildProcess.FreePort();
        using var echo = ChildProcess.Start("node", ["echo-bot.js"], EchoFolder, new Dictionary<string, string> { ["PORT"] = echoPort.ToString() });
        await WaitForPortAsync(echoPort);
        await LoadGenerator.RunAsync($"http://127.0.0.1:{echoPort}/api/messages", questions, options.Concurrency, TimeSpan.FromSeconds(3));
        var echoCpu0 = echo.Cpu;
        var echoes = await LoadGenerator.RunAsync($"http://127.0.0.1:{echoPort}/api/messages", questions, options.Concurrency, duration);
        var echoCpu = (echo.Cpu - echoCpu0).TotalMilliseconds / Math.Max(1, echoes.Turns);
        Console.WriteLine($"botbuilder echo bot (same load): {echoes.PerSecond:0} turns/s, {echoes.Failures} failed, {Stats.Summary(echoes.Latencies)}; echo bot CPU {echoCpu:0.00} ms per turn");
        Console.WriteLine($"answers / echo: repeated questions {answersPerSecond / echoes.PerSecond:0.00}x, every question new {uniquePerSecond / echoes.PerSecond:0.00}x; " +
            $"server CPU per new question {uniqueCpu / echoCpu:0.0}x an echo turn's");
    }

    private static double answersPerSecond;
    private static double uniquePerSecond;
    private static double uniqueCpu;

    // The bot embeds passages in the background after /health turns green: measuring while it does would bill that
    // work to the answers. Waits until every window has its vector (or the limit passes, which is then said).
    private static async Task WaitForVectorsAsync(string index, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long missing = -1;
        while (clock.Elapsed < limit)
        {
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={index};Mode=ReadOnly"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM windows w WHERE NOT EXISTS (SELECT 1 FROM vectors v WHERE v.hash = w.hash)";
                missing = (long)command.ExecuteScalar()!;
            }
            if (missing == 0) break;
            await Task.Delay(1000);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Console.WriteLine(missing == 0
            ? $"bot filled the passage vectors the benchmark left in {clock.Elapsed.TotalSeconds:0} s"
            : $"bot still embedding ({missing} windows left after {clock.Elapsed.TotalSeconds:0} s): it goes on between answers, at least one window a second under load");
    }

    private static async Task InstallEchoBotAsync()
    {
        if (Directory.Exists(Path.Combine(EchoFolder, "node_modules", "botbuilder"))) return;
        Directory.CreateDirectory(EchoFolder);
        await ChildProcess.RunAsync("npm", ["install", "--prefix", EchoFolder, "--no-audit", "--no-fund", "botbuilder@4.23.3", "express@4.22.1"], EchoFolder);
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try { using var socket = new System.Net.Sockets.TcpClient(); await socket.ConnectAsync("127.0.0.1", port); return; }
            catch (System.Net.Sockets.SocketException) { await Task.Delay(100); }
        }
        throw new TimeoutException($"Nothing listens on port {port}.");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StakeholderBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("StakeholderBot.sln not found above " + AppContext.BaseDirectory);
    }
}
