using System.Diagnostics;
using System.Reflection;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Infra.Tests;

public sealed record BicepResult(int ExitCode, string Output, string Diagnostics);

// The Bicep CLI restored from NuGet with this project (see the .csproj), run on infra/main.bicep.
public static class BicepCli
{
    public static string MainTemplate { get; } = Path.Combine(RepoPaths.Root, "infra", "main.bicep");

    private static string Executable { get; } =
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;

    public static async Task<BicepResult> RunAsync(params string[] args)
    {
        if (!File.Exists(Executable)) throw new InvalidOperationException($"The Bicep CLI is not at {Executable}: restore tests/Infra.Tests (dotnet restore).");
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var diagnostics = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new BicepResult(process.ExitCode, await output, await diagnostics);
    }
}
