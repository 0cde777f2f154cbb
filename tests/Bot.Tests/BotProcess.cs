using System.Diagnostics;

namespace StakeholderBot.Bot.Tests;

// The bot as its own process (dotnet StakeholderBot.Bot.dll), for what only the real entry point does.
public static class BotProcess
{
    // Starts the bot with the given environment and waits for it to stop by itself: exit code and standard error.
    public static async Task<(int ExitCode, string Error)> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Development unless the test says otherwise: without an app id the bot starts only there.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "StakeholderBot.Bot.dll"), "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(arg);

        using var bot = Process.Start(start)!;
        var stderr = bot.StandardError.ReadToEndAsync();
        _ = bot.StandardOutput.ReadToEndAsync();
        // A guard against a host that starts anyway, not a speed assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try { await bot.WaitForExitAsync(guard.Token); }
        catch (OperationCanceledException) { bot.Kill(entireProcessTree: true); await bot.WaitForExitAsync(); }
        return (bot.ExitCode, await stderr);
    }
}
