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
            // A button for each thing to do; the Playground's user is a project manager, so theirs are there too.
            foreach (var button in new[] { "When did UpGradeSME start?", "Take the SME export-readiness survey", "Log a meeting", "Meeting summary", "Survey results" })
                Assert.Contains(button, welcome);
        });

        await ui.StepAsync("welcome button asks the example", async () =>
        {
            await ui.ClickAsync("Welcome to StakeholderBot", "When did UpGradeSME start?");
            await ui.ReplyAsync("2016");
        });

        await ui.StepAsync("help reply", async () =>
        {
            await ui.SendAsync("help");
            var help = await ui.ReplyAsync("What I can do");
            foreach (var command in new[] { "survey", "survey results", "log meeting", "meetings", "documents", "my data" })
                Assert.Contains(command, help);
            Assert.Contains("meetings Lombardy 2021", help);
            // The page load sent installationUpdate and conversationUpdate before this message; one welcome is enough.
            Assert.Equal(1, await ui.CountCardsAsync("Welcome to StakeholderBot"));
        });
    }
}
