using Xunit;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bot.Tests;

public sealed class StartupSettingsTests
{
    [Fact]
    public async Task BadSettings_StopStartUp_NamingEveryKey()
    {
        var index = Path.Combine(TempFolders.Create("sb-startup-"), "index.db");
        var (exitCode, error) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Knowledge__IndexPath"] = index,
            ["Storage__MaxRetries"] = "-1",
            ["Knowledge__RescanSeconds"] = "0",
            ["OpenAI__ChatModel"] = "gpt-4o-mini",
            ["Meetings__Table"] = "x",
            ["Bot__PublicBaseUrl"] = "ftp://bot.example.org",
            ["Connector__Outbox__MaxAttempts"] = "0",
            ["MicrosoftAppId"] = "not-a-guid",
        });

        Assert.Equal(1, exitCode);
        Assert.StartsWith("StakeholderBot cannot start: ", error);
        foreach (var key in new[] { "Storage:MaxRetries", "Knowledge:RescanSeconds", "OpenAI:Endpoint", "Meetings:Table", "Bot:PublicBaseUrl",
                     "Connector:Outbox:MaxAttempts", "MicrosoftAppId" })
            Assert.Contains(key, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task AReminderLeaseShorterThanTheOutboxNeedsForOneMessage_StopsStartUp_NamingBothSettings()
    {
        var index = Path.Combine(TempFolders.Create("sb-startup-"), "index.db");
        var (exitCode, error) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Knowledge__IndexPath"] = index,
            ["Reminders__LeaseSeconds"] = "300",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("Reminders:LeaseSeconds must be at least 600 (2 x Connector:Outbox:BudgetSeconds", error);
        Assert.Contains("got '300'", error);
    }

    [Fact]
    public async Task UnreadableValue_StopsStartUp_NamingTheKeyAndValue()
    {
        var index = Path.Combine(TempFolders.Create("sb-startup-"), "index.db");
        var (exitCode, error) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Knowledge__IndexPath"] = index,
            ["MicrosoftAppType"] = "Everyone",
        });

        Assert.Equal(1, exitCode);
        Assert.StartsWith("StakeholderBot cannot start: ", error);
        Assert.Contains("'Everyone' at 'MicrosoftAppType'", error);
    }
}
