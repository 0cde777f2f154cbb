using System.Net;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// A PDF in the corpus folder: the answer's citation names the document and the page, and its link opens the PDF
// itself at that page.
public sealed class PdfCitationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-pdf-bot-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task Answer_FromAPdf_CitesThePageAndLinksToIt()
    {
        File.WriteAllBytes(Path.Combine(corpus, "lombardy-action-plan.pdf"), TestPdfs.ActionPlan());
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix(), corpus);

        var reply = Assert.Single(await bot.AskAsync(Fixtures.Message("How much of a foreign market study does the export voucher cover?")))!;
        Assert.Contains("70 per cent", (string?)reply["text"]);
        var appearance = reply["entities"]![0]!["citation"]![0]!["appearance"]!;
        var url = (string)appearance["url"]!;
        Assert.StartsWith("https://bot.example.org/documents/lombardy-action-plan.pdf?for=stakeholders&exp=", url);
        Assert.EndsWith("#page=2", url);
        Assert.EndsWith(", p. 2", (string?)appearance["name"]);
        Assert.StartsWith(TestPdfs.ActionPlanTitle, (string?)appearance["name"]);

        using var pdf = await bot.CreateClient().GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
    }
}
