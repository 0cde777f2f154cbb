using StakeholderBot.E2E.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class WelcomeAndHelpTests(LocalStack stack, ITestOutputHelper output)
{
    [Fact]
    public async Task PersonalChat_ShowsTheWelcomeCard_AndHelpListsTheCommands()
    {
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);

        await ui.StepAsync("welcome card", async () =>
        {
            var welcome = await ui.CardAsync("Welcome to StakeholderBot");
            Assert.Contains("UpGradeSME", welcome);
            Assert.Contains("survey", welcome);
        });

        await ui.StepAsync("help reply", async () =>
        {
            await ui.SendAsync("help");
            var help = await ui.ReplyAsync("Commands");
            foreach (var command in new[] { "help", "survey", "survey results", "log meeting", "meetings", "my data" })
                Assert.Contains(command, help);
            // The page load sent installationUpdate and conversationUpdate before this message; one welcome is enough.
            Assert.Equal(1, await ui.CountCardsAsync("Welcome to StakeholderBot"));
        });
    }
}
