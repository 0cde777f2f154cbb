using System.Diagnostics;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Manifest.Tests;

public sealed record ScriptResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

// Runs one of the repository's node scripts the way a developer would, from the repository root.
public static class NodeScript
{
    public static async Task<ScriptResult> RunAsync(string script, IEnumerable<string> args, IDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, script));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Configuration must come from the test alone, never from the developer's shell.
        start.Environment.Remove("MicrosoftAppId");
        start.Environment.Remove("Bot__PublicBaseUrl");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name); else start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // The first run installs the Agents Toolkit CLI, which takes about a minute.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish in 5 minutes:\n{await stdout}{await stderr}");
        }
        return new ScriptResult(process.ExitCode, await stdout + await stderr);
    }
}
