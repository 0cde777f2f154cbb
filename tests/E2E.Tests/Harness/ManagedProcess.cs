using System.Diagnostics;

namespace StakeholderBot.E2E.Tests.Harness;

// A child process whose output goes to a log file, that can be waited on until ready and is stopped by its PID.
public sealed class ManagedProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private bool closed;

    private ManagedProcess(string name, Process process, string logFile)
    {
        Name = name;
        this.process = process;
        LogFile = logFile;
        log = new StreamWriter(logFile, append: false) { AutoFlush = true };
    }

    public string Name { get; }

    public string LogFile { get; }

    public int Pid => process.Id;

    public static ManagedProcess Start(string name, string fileName, IEnumerable<string> args, string workingDirectory,
        string logFile, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var managed = new ManagedProcess(name, process, logFile);
        process.OutputDataReceived += (_, e) => managed.Write(e.Data);
        process.ErrorDataReceived += (_, e) => managed.Write(e.Data);
        process.Start();
        // If the test host is stopped before the fixture is disposed, the servers must not outlive it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => managed.KillIfRunning();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return managed;
    }

    public async Task WaitUntilReadyAsync(Func<Task<bool>> isReady, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{Name} (pid {Pid}) exited with code {process.ExitCode} before it was ready.\n{Tail()}");
            try
            {
                if (await isReady()) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Net.Sockets.SocketException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Name} (pid {Pid}) was not ready after {timeout.TotalSeconds:0} s.\n{Tail()}");
    }

    public string Tail(int lines = 30)
    {
        string[] all;
        lock (log) all = File.ReadAllLines(LogFile);
        return $"--- last {Math.Min(lines, all.Length)} lines of {LogFile} ---\n" + string.Join('\n', all.TakeLast(lines));
    }

    private void Write(string? line)
    {
        if (line is null) return;
        lock (log)
        {
            if (!closed) log.WriteLine(line);
        }
    }

    private void KillIfRunning()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already disposed: it was stopped normally.
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (log)
        {
            if (closed) return;
        }
        KillIfRunning();
        await process.WaitForExitAsync();
        process.Dispose();
        lock (log)
        {
            closed = true;
            log.Dispose();
        }
    }
}
