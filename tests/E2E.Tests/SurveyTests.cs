using StakeholderBot.E2E.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class SurveyTests(LocalStack stack, ITestOutputHelper output)
{
    [Fact]
    public async Task Sme_CompletesTheSurveyPageByPage_CorrectingARefusedConsent_AndGetsAResult()
    {
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);

        await ui.StepAsync("page 1 your company", async () =>
        {
            await ui.SendAsync("survey");
            await ui.CardAsync("Page 1 of 6");
            await ui.ChooseAsync("Page 1 of 6", "Where is your company based?", "Italy");
            await ui.FillAsync("Page 1 of 6", "How many people does your company employ?", "40");
            await ui.ChooseAsync("Page 1 of 6", "How international is your company today?", "We sell abroad now and then");
        });

        await ui.StepAsync("page 2 activity abroad", async () =>
        {
            await ui.ClickAsync("Page 1 of 6", "Next");
            // Shown only because the company already sells abroad.
            await ui.FillAsync("Page 2 of 6", "What share of your turnover comes from sales abroad", "15");
            await ui.FillAsync("Page 2 of 6", "In how many foreign countries do you sell?", "3");
            await ui.ChooseAsync("Page 2 of 6", "Do you plan to enter a new foreign market", "Yes");
            await ui.FillAsync("Page 2 of 6", "Which countries or markets interest you most?", "Austria and Slovenia");
            await ui.FillAsync("Page 2 of 6", "When do you plan your next step abroad?", "2027-03-15");
        });

        await ui.StepAsync("page 3 barriers", async () =>
        {
            await ui.ClickAsync("Page 2 of 6", "Next");
            await ui.ChooseAsync("Page 3 of 6", "What holds your company back", "Foreign languages", "Finding reliable partners");
        });

        await ui.StepAsync("page 4 support", async () =>
        {
            await ui.ClickAsync("Page 3 of 6", "Next");
            await ui.ChooseAsync("Page 4 of 6", "Which support have you used", "Trade fairs and business delegations");
            await ui.ChooseAsync("Page 4 of 6", "Which support would help you most now?", "Matchmaking with foreign partners");
        });

        // The page about the support used is there because some was chosen on page 4: a follow-up under page 4's
        // number, so the total stays what the first page said.
        await ui.StepAsync("page 4 continued support used", async () =>
        {
            await ui.ClickAsync("Page 4 of 6", "Next");
            await ui.ChooseAsync("Page 4 of 6 (continued)", "How useful was the support you used?", "4");
        });

        await ui.StepAsync("page 5 readiness", async () =>
        {
            await ui.ClickAsync("Page 4 of 6 (continued)", "Next");
            await ui.ChooseAsync("Page 5 of 6", "We have a written plan", "2");
            await ui.ChooseAsync("Page 5 of 6", "Our product or service is adapted", "4");
            await ui.ChooseAsync("Page 5 of 6", "Our team can work in the languages", "3");
            await ui.ChooseAsync("Page 5 of 6", "We can finance the cost", "2");
            await ui.ChooseAsync("Page 5 of 6", "We market and sell online", "5 – Fully");
        });

        await ui.StepAsync("page 6 consent refused", async () =>
        {
            await ui.ClickAsync("Page 5 of 6", "Next");
            await ui.ChooseAsync("Page 6 of 6", "I agree that the Interreg project partners", "No");
            await ui.ChooseAsync("Page 6 of 6", "May the project team contact you by e-mail", "Yes");
            await ui.ClickAsync("Page 6 of 6", "Submit");
            var refused = await ui.CardAsync("We can only save your answers with your consent.");
            Assert.Contains("Page 6 of 6", refused);
            Assert.Contains("stored with a code made from your Teams account instead of your name", refused);
        });

        // Consent to be contacted opens a page of its own for the address, which is kept apart from the answers.
        await ui.StepAsync("page 6 continued contact after consent", async () =>
        {
            await ui.ChooseAsync("Page 6 of 6", "I agree that the Interreg project partners", "Yes");
            await ui.ClickAsync("Page 6 of 6", "Submit");
            var contact = await ui.CardAsync("Page 6 of 6 (continued)");
            Assert.Contains("Stored apart from your survey answers", contact);
            await ui.FillAsync("Page 6 of 6 (continued)", "Your e-mail address", "export.desk@example.org");
        });

        await ui.StepAsync("result", async () =>
        {
            await ui.ClickAsync("Page 6 of 6 (continued)", "Submit");
            var result = await ui.CardAsync("Your result");
            Assert.Contains("Thank you! Your answers have been saved.", result);
            Assert.Matches(@"Export readiness: \d+ out of 100", result);
            Assert.Contains("Recommended support", result);
        });

        // The Playground's user is also a project manager: the response shows up in the results.
        await ui.StepAsync("survey results", async () =>
        {
            await ui.SendAsync("survey results");
            var results = await ui.ReplyAsync("Survey results");
            Assert.Contains("Responses", results);
            Assert.Contains("Download CSV", results);
            Assert.Contains("Download contacts (CSV)", results);
        });

        // What the consent text promised: the answers under a code, the address apart, both visible to the SME.
        await ui.StepAsync("my data", async () =>
        {
            await ui.SendAsync("my data");
            var stored = await ui.CardAsync("stored under this code instead of your name");
            Assert.Contains("Austria and Slovenia", stored);
            Assert.Contains("export.desk@example.org", stored);
        });
    }
}
