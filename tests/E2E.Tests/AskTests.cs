using StakeholderBot.E2E.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class AskTests(LocalStack stack, ITestOutputHelper output)
{
    [Fact]
    public async Task Stakeholder_AsksAQuestion_AndTheAnswerCitesADocumentThatOpens()
    {
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);

        await ui.StepAsync("answer", async () =>
        {
            await ui.SendAsync("When did UpGradeSME start?");
            var answer = await ui.ReplyAsync("2016");
            Assert.Contains("1 April 2016", answer);
        });

        await ui.StepAsync("citation preview", async () =>
        {
            var citation = await ui.CitationAsync(1);
            Assert.StartsWith(stack.BotBaseUrl + "/documents/", citation.Url);
            Assert.Contains("UpGradeSME", citation.Text);

            // The link Teams shows must open the cited document.
            using var document = await LocalStack.Http.GetAsync(citation.Url);
            Assert.True(document.IsSuccessStatusCode, $"GET {citation.Url}: {(int)document.StatusCode}");
            Assert.Contains("2016", await document.Content.ReadAsStringAsync());
        });
    }
}
