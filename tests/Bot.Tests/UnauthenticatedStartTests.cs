using System.Net;
using Microsoft.AspNetCore.Hosting;
using Xunit;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bot.Tests;

// Without MicrosoftAppId the bot cannot check who calls it. That is accepted only in Development (the README's
// run command and the test hosts) or when Bot:AllowUnauthenticated says so; anywhere else the bot does not start.
public sealed class UnauthenticatedStartTests
{
    [Fact]
    public async Task ProductionWithoutAppId_DoesNotStart_AndNamesTheSettings()
    {
        var (exitCode, error) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MicrosoftAppId"] = "",
            ["Knowledge__IndexPath"] = Path.Combine(TempFolders.Create("sb-start-"), "index.db"),
        });

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
}
