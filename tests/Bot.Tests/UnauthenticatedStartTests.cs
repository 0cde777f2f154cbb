using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Without MicrosoftAppId the bot cannot check who calls it. That is accepted only in Development (the README's
// run command and the test hosts) or when Bot:AllowUnauthenticated says so; anywhere else the bot does not start.
public sealed class UnauthenticatedStartTests
{
    [Fact]
    public async Task ProductionWithoutAppId_DoesNotStart_AndNamesTheSettings()
    {
        var (exitCode, error) = await RunBotAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["MicrosoftAppId"] = "" });

        Assert.Equal(1, exitCode);
        Assert.Contains("StakeholderBot cannot start: MicrosoftAppId is not set", error);
        Assert.Contains("Bot:AllowUnauthenticated=true", error);
    }

    [Fact]
    public async Task ProductionWithAllowUnauthenticated_AcceptsRequestsWithoutAToken()
    {
        await using var bot = new BotApp(new Dictionary<string, string?> { ["Bot:AllowUnauthenticated"] = "true" })
            .WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var activity = Fixtures.Message("help");
        activity["deliveryMode"] = "expectReplies";

        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await bot.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DevelopmentWithoutAppId_AcceptsRequestsWithoutAToken()
    {
        await using var bot = new BotApp();

        Assert.Single(await bot.AskAsync(Fixtures.Message("help")));
    }

    // The real host as a process, since it stops before a test host could be built. A guard against a host that
    // starts anyway, not a speed assertion.
    private static async Task<(int ExitCode, string Error)> RunBotAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["Knowledge__IndexPath"] = Path.Combine(Path.GetTempPath(), "sb-start-" + Guid.NewGuid().ToString("N"));
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "StakeholderBot.Bot.dll"), "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(arg);
        using var bot = Process.Start(start)!;
        var stderr = bot.StandardError.ReadToEndAsync();
        _ = bot.StandardOutput.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try { await bot.WaitForExitAsync(guard.Token); }
        catch (OperationCanceledException) { bot.Kill(entireProcessTree: true); }
        return (bot.ExitCode, await stderr);
    }
}
