using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace StakeholderBot.TestSupport;

// A real Azurite Table service on a free loopback port, in memory by default. Share it through a collection
// fixture and give each test its own table. StopAsync/StartAsync simulate an outage on the same port; pass
// PersistentAzuriteFixture when data must survive that restart.
public class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly bool _persistent;
    private readonly string? _dataDirectory;
    private Process? _process;
    private readonly AzuriteOutput _output = new();

    public AzuriteFixture() : this(persistent: false) { }

    protected AzuriteFixture(bool persistent)
    {
        _persistent = persistent;
        if (persistent) _dataDirectory = Directory.CreateTempSubdirectory("azurite-").FullName;
        Port = FreePort();
    }

    public int Port { get; }

    public bool IsRunning => _process is { HasExited: false };

    // For a test that stops Azurite from outside (as scripts/run-local.sh does); StartAsync then starts it again.
    public int? ProcessId => _process?.Id;

    public string TableEndpoint => $"{Scheme}://127.0.0.1:{Port}/{AccountName}";

    public string ConnectionString =>
        $"DefaultEndpointsProtocol={Scheme};AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    protected virtual string Scheme => "http";

    protected virtual IEnumerable<string> ExtraArguments() => [];

    public Task InitializeAsync() => StartAsync();

    // After a stop from outside: waits until this process has seen Azurite exit. The stop script counts an unreaped
    // child as stopped, so until then IsRunning can still say true and StartAsync would start nothing.
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        if (_process is { } process) await process.WaitForExitAsync().WaitAsync(timeout);
    }

    public async Task StartAsync()
    {
        if (IsRunning) return;
        _process?.Dispose();
        var start = new ProcessStartInfo(RepoPaths.NodeBin("azurite-table"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in Arguments()) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("azurite-table did not start.");
        _output.Attach(process);
        _process = process;
        await WaitUntilListeningAsync(process);
    }

    public async Task StopAsync()
    {
        if (_process is not { } process) return;
        _process = null;
        // SIGINT first (Azurite closes and flushes its --location store on it); kill only if it does not exit in time.
        if (!process.HasExited && !OperatingSystem.IsWindows()) _ = Signal(process.Id, 2);
        try { await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)); }
        catch (TimeoutException) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
        process.Dispose();
        await WaitUntilClosedAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await StopAsync();
        if (_dataDirectory is not null) TryDelete(_dataDirectory);
    }

    private IEnumerable<string> Arguments()
    {
        string[] common = ["--tableHost", "127.0.0.1", "--tablePort", Port.ToString(), "--disableTelemetry", "--silent", .. ExtraArguments()];
        return _persistent ? [.. common, "--location", _dataDirectory!] : [.. common, "--inMemoryPersistence"];
    }

    private async Task WaitUntilListeningAsync(Process process)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"azurite-table exited with {process.ExitCode} on port {Port}: {_output.Tail()}");
            if (await AnswersAsync()) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"azurite-table did not listen on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds} s: {_output.Tail()}");
    }

    private async Task WaitUntilClosedAsync()
    {
        for (var i = 0; i < 100 && await AnswersAsync(); i++) await Task.Delay(50);
    }

    private async Task<bool> AnswersAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port).WaitAsync(TimeSpan.FromSeconds(1));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Signal(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void TryDelete(string directory)
    {
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

// Keeps its data in a temp directory (--location), so it survives StopAsync/StartAsync.
public sealed class PersistentAzuriteFixture() : AzuriteFixture(persistent: true);
