using StakeholderBot.E2E.Tests.Harness;
using StakeholderBot.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

// A project manager drops a PDF into the Playground and asks about it at once. The Playground's compose box has no
// attach button, so the file goes in through its custom-activity feature, as a web chat client sends a file.
[Collection(E2ECollection.Name)]
public sealed class DocumentTests(LocalStack stack, ITestOutputHelper output)
{
    [Fact]
    public async Task Manager_SendsAPdf_AndTheAnswerCitesItsPage()
    {
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);
        var pdf = TestPdfs.ActionPlan(title: "Export action plan for Lombardy 2027");

        await ui.StepAsync("pdf added", async () =>
        {
            await ui.SendFileAsync("lombardy-action-plan-2027.pdf", "application/pdf", pdf);
            var card = await ui.CardAsync("Document added");
            Assert.Contains("Export action plan for Lombardy 2027", card);
            Assert.Contains("Alex Wilber", card);
        });

        await ui.StepAsync("answer from it", async () =>
        {
            await ui.SendAsync("How much of a foreign market study does the export voucher cover?");
            var answer = await ui.ReplyAsync("per cent");
            Assert.Contains("70 per cent", answer);
            var citation = await ui.CitationAsync(1);
            Assert.Contains("Export action plan for Lombardy 2027", citation.Text);
            Assert.EndsWith("#page=2", citation.Url);
            using var document = await LocalStack.Http.GetAsync(citation.Url);
            Assert.True(document.IsSuccessStatusCode, $"GET {citation.Url}: {(int)document.StatusCode}");
            Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
        });

        await ui.StepAsync("documents list", async () =>
        {
            await ui.SendAsync("documents");
            var list = await ui.CardAsync("Project documents");
            Assert.Contains("lombardy-action-plan-2027.pdf · PDF · 3 pages", list);
        });
    }
}
