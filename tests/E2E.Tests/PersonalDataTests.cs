using StakeholderBot.E2E.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class PersonalDataTests(LocalStack stack, ITestOutputHelper output)
{
    [Fact]
    public async Task User_SeesWhatIsStoredAboutThem_AndDeletesIt_AfterConfirming()
    {
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);

        await ui.StepAsync("survey started", async () =>
        {
            await ui.SendAsync("survey");
            await ui.ChooseAsync("Page 1 of", "Where is your company based?", "Slovenia");
            await ui.FillAsync("Page 1 of", "How many people does your company employ?", "12");
            await ui.ChooseAsync("Page 1 of", "How international is your company today?", "We sell abroad now and then");
            await ui.ClickAsync("Page 1 of", "Next");
            await ui.CardAsync("Page 2 of");
        });

        await ui.StepAsync("my data", async () =>
        {
            await ui.SendAsync("my data");
            // The card's own line (the help card also mentions what is stored).
            var stored = await ui.CardAsync("stored under this code instead of your name");
            Assert.Contains("Saved items: ", stored);
            Assert.Contains("What is stored about you", stored);
        });

        await ui.StepAsync("confirm deletion", async () =>
        {
            await ui.ClickAsync("stored under this code instead of your name", "Delete my data");
            var confirm = await ui.CardAsync("Delete your data?");
            Assert.Contains("Saved progress: ", confirm);
        });

        await ui.StepAsync("erased", async () =>
        {
            await ui.ClickAsync("Delete your data?", "Delete everything");
            var erased = await ui.CardAsync("Your data is erased");
            Assert.Contains("Saved progress: ", erased);
        });

        await ui.StepAsync("nothing left", async () =>
        {
            await ui.SendAsync("my data");
            await ui.CardAsync("Nothing is stored about you");
        });
    }
}
