using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.E2E.Tests.Harness;

// Azurite (in memory) and the bot, each on a free loopback port, started once for the whole E2E
// collection and stopped by PID afterwards. Each test brings its own Playground (see Playground).
public sealed class LocalStack : IAsyncLifetime
{
    private const string DevStoreKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    internal static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly List<ManagedProcess> processes = [];

    public string RunDir { get; } = Path.Combine(AppContext.BaseDirectory, "e2e-run");

    public string BotBaseUrl { get; private set; } = "";

    public string BotEndpoint => BotBaseUrl + "/api/messages";

    public string ChromiumPath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public ManagedProcess Bot { get; private set; } = null!;

    // The bot's Azurite tables (no prefix), for a test that has to move a stored date back.
    public string StorageConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var botAssembly = BotAssembly();
        CheckPrerequisites(botAssembly);
        foreach (var old in new[] { RunDir, PlaygroundBrowser.ScreenshotRoot })
        {
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        }
        Directory.CreateDirectory(RunDir);

        var tablePort = FreePort.Next();
        var azurite = Start("azurite", "node",
            [RepoPaths.NodeBin("azurite-table"), "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}",
             "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck"]);
        await azurite.WaitUntilReadyAsync(() => Listening(tablePort), TimeSpan.FromSeconds(60));

        var botPort = FreePort.Next();
        BotBaseUrl = $"http://127.0.0.1:{botPort}";
        StorageConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevStoreKey};TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
        var environment = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = StorageConnectionString,
            ["Access__ProjectManagers__0"] = Playground.UserAadObjectId,
            ["Bot__PublicBaseUrl"] = BotBaseUrl,
            // A fresh index per run, out of the source tree.
            ["Knowledge__IndexPath"] = Path.Combine(RunDir, "knowledge.db"),
            ["MicrosoftAppId"] = "",
            // As the README's run command: without an app id the bot starts only in Development.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            // Reminders at any hour, checked often, and a manager with nothing due looked at again after a minute:
            // a meeting logged in a test is reminded within about a minute. The lease must cover the outbox's retries of
            // one message (two sends: starting a chat, then sending to it), so the retry budget is short too.
            ["Reminders__Hour"] = "0",
            ["Reminders__CheckSeconds"] = "5",
            ["Reminders__LeaseSeconds"] = "60",
            ["Connector__Outbox__BudgetSeconds"] = "30",
        };
        // A copy of the corpus: documents a test sends the bot are written into it, never into the repository.
        var corpus = Path.Combine(RepoPaths.Root, "corpus");
        if (Directory.Exists(corpus)) environment["Knowledge__CorpusPath"] = CopyFolder(corpus, Path.Combine(RunDir, "corpus"));
        // Run from its output folder, as deployed, so its appsettings.json applies.
        Bot = Start("bot", "dotnet", [botAssembly, "--urls", $"http://127.0.0.1:{botPort}"], Path.GetDirectoryName(botAssembly), environment);
        await Bot.WaitUntilReadyAsync(async () => (await Http.GetAsync(BotBaseUrl + "/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(180));
    }

    public ManagedProcess Start(string name, string fileName, string[] args, string? workingDirectory = null,
        Dictionary<string, string>? environment = null)
    {
        var process = ManagedProcess.Start(name, fileName, args, workingDirectory ?? RunDir,
            Path.Combine(RunDir, $"{name}.log"), environment ?? []);
        lock (processes) processes.Add(process);
        return process;
    }

    private static string CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return to;
    }

    private static async Task<bool> Listening(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        return true;
    }

    private static string BotAssembly() =>
        typeof(LocalStack).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BotAssembly").Value!;

    private void CheckPrerequisites(string botAssembly)
    {
        var missing = new List<string>();
        if (!File.Exists(botAssembly)) missing.Add($"the built bot at {botAssembly} (dotnet build Bot)");
        if (!File.Exists(ChromiumPath)) missing.Add($"Chromium at {ChromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)");
        foreach (var package in new[] { "azurite", "@microsoft/m365agentsplayground", "playwright-core" })
        {
            if (!Directory.Exists(Path.Combine(RepoPaths.NodeModules, package))) missing.Add($"node_modules/{package} (npm ci)");
        }
        if (missing.Count > 0) throw new InvalidOperationException("The E2E suite needs: " + string.Join("; ", missing));
    }

    public async Task DisposeAsync()
    {
        // Stop in reverse order: the bot first, so it never talks to a stopped Playground or Azurite.
        for (var i = processes.Count - 1; i >= 0; i--) await processes[i].DisposeAsync();
    }
}
