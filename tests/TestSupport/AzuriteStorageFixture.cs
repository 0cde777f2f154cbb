using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace StakeholderBot.TestSupport;

// Real Azurite Table and Blob services (in memory, free loopback ports) for tests of the shared document library:
// one connection string names both endpoints, as a storage account's does. Azurite 3.37 does not know the newest
// blob API version the SDK asks for, hence --skipApiVersionCheck.
public sealed class AzuriteStorageFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly AzuriteFixture tables = new();
    private readonly AzuriteOutput output = new();
    private Process? blobs;

    public int BlobPort { get; } = FreePort();

    public string BlobEndpoint => $"http://127.0.0.1:{BlobPort}/{AzuriteFixture.AccountName}";

    public string ConnectionString => tables.ConnectionString + $"BlobEndpoint={BlobEndpoint};";

    public async Task InitializeAsync()
    {
        await tables.InitializeAsync();
        var start = new ProcessStartInfo(RepoPaths.NodeBin("azurite-blob"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(), "--disableTelemetry", "--silent", "--inMemoryPersistence", "--skipApiVersionCheck" })
            start.ArgumentList.Add(arg);
        blobs = Process.Start(start) ?? throw new InvalidOperationException("azurite-blob did not start.");
        output.Attach(blobs);
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await AnswersAsync())
        {
            if (blobs.HasExited) throw new InvalidOperationException($"azurite-blob exited with {blobs.ExitCode}: {output.Tail()}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"azurite-blob did not listen on {BlobPort}: {output.Tail()}");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        if (blobs is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        blobs?.Dispose();
        await tables.DisposeAsync();
    }

    private async Task<bool> AnswersAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, BlobPort).WaitAsync(TimeSpan.FromSeconds(1));
            return true;
        }
        catch (Exception e) when (e is SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
