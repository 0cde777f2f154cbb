using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// PDFs in the corpus folder: answered with the page of the passage quoted; files that cannot be read are skipped
// with their reason and never stop the others from being indexed.
public sealed class PdfCorpusTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-pdf-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task Question_AboutAPdf_CitesItsPage()
    {
        File.WriteAllBytes(Path.Combine(corpus, "lombardy-action-plan.pdf"), TestPdfs.ActionPlan());
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("How much of a foreign market study does the export voucher cover?");
        Assert.True(answer.Found);
        Assert.Contains("70 per cent", answer.PlainText);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal("lombardy-action-plan.pdf", citation.DocumentPath);
        Assert.Equal(2, citation.Page);
        Assert.StartsWith(TestPdfs.ActionPlanTitle, citation.Title);
    }

    [Fact]
    public async Task Question_AboutATableRow_IsAnsweredFromTheWholeRow()
    {
        File.WriteAllBytes(Path.Combine(corpus, "lombardy-action-plan.pdf"), TestPdfs.ActionPlan());
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("What is the budget of the shared export manager?");
        Assert.Contains("EUR 250,000", answer.PlainText);
        Assert.Equal(3, Assert.Single(answer.Citations).Page);
    }

    [Fact]
    public async Task UnreadablePdfs_AreSkippedWithTheirReason_AndNotReadAgain()
    {
        File.WriteAllBytes(Path.Combine(corpus, "scan.pdf"), TestPdfs.Scanned());
        File.WriteAllBytes(Path.Combine(corpus, "broken.pdf"), TestPdfs.Damaged());
        File.WriteAllBytes(Path.Combine(corpus, "locked.pdf"), TestPdfs.PasswordProtected());
        File.WriteAllText(Path.Combine(corpus, "notes.md"), "# Notes\n\nThe Maribor study visit took place in May 2019.");
        var harness = new KnowledgeHarness(corpus);

        var first = await harness.IndexAsync();
        Assert.Equal(1, first.Indexed);
        Assert.Equal(3, first.Failed);
        Assert.True((await harness.AskAsync("When did the Maribor study visit take place?")).Found);

        var restarted = await new KnowledgeHarness(corpus, harness.IndexPath).IndexAsync();
        Assert.Equal((0, 4), (restarted.Indexed, restarted.Unchanged));
    }
}
