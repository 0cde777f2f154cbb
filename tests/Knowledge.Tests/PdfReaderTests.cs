using StakeholderBot.Knowledge.Documents;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

public sealed class PdfReaderTests
{
    private static readonly ParsedDocument ActionPlan = DocumentReaders.Read("plans/lombardy.pdf", TestPdfs.ActionPlan());

    [Fact]
    public void Pdf_TakesTitleAndPageCountFromTheFile()
    {
        Assert.Equal(TestPdfs.ActionPlanTitle, ActionPlan.Title);
        Assert.Equal(3, ActionPlan.Pages);
    }

    [Fact]
    public void Pdf_BlocksKeepThePageTheyAreOn()
    {
        Assert.Equal(new Block(BlockKind.Heading, "1. Why an action plan", 1), ActionPlan.Blocks[0]);
        Assert.Contains(new Block(BlockKind.Heading, "2. Measures", 2), ActionPlan.Blocks);
        Assert.Contains(new Block(BlockKind.Heading, "3. Budget", 3), ActionPlan.Blocks);
    }

    [Fact]
    public void Pdf_TwoColumnPage_ReadsOneColumnAfterTheOther()
    {
        var page = ActionPlan.Blocks.Where(b => b.Page == 2 && b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToList();
        Assert.Equal(2, page.Count);
        Assert.StartsWith("The first measure is an export voucher. The voucher covers up to 70 per cent of the cost of a foreign market study", page[0]);
        Assert.EndsWith("Firms apply online and get an answer within thirty days.", page[0]);
        Assert.StartsWith("The second measure pays for export managers shared by several small firms.", page[1]);
    }

    [Fact]
    public void Pdf_TableRowsStayTogether_WithTheirColumnNames()
    {
        var rows = ActionPlan.Blocks.Where(b => b.Page == 3 && b.Text.Contains(" | ")).Select(b => b.Text).ToList();
        Assert.Equal(
        [
            "Measure: Export voucher | Budget: EUR 400,000 | Firms reached: 120",
            "Measure: Shared export manager | Budget: EUR 250,000 | Firms reached: 45",
            "Measure: Trade fair desk | Budget: EUR 80,000 | Firms reached: all firms",
        ], rows);
    }

    [Fact]
    public void Pdf_RunningHeadsFootersAndPageNumbersAreLeftOut()
    {
        Assert.DoesNotContain(ActionPlan.Blocks, b => b.Text.Contains("UpGradeSME - Export action plan") || b.Text.Contains("of 3"));
    }

    [Fact]
    public void Pdf_HyphenatedLineEndIsJoined()
    {
        Assert.Contains(ActionPlan.Blocks, b => b.Text.Contains("the members of the regional stakeholder group will follow the work"));
    }

    [Fact]
    public void Pdf_PassagesNeverCrossAPageAndCarryIt()
    {
        var passages = PassageBuilder.Build("plans/lombardy.pdf", ActionPlan).Passages;
        Assert.Equal([1, 2, 3], passages.Select(p => p.Page).Distinct());
        var voucher = Assert.Single(passages, p => p.Text.Contains("70 per cent"));
        Assert.Equal(2, voucher.Page);
        Assert.Equal("2. Measures", voucher.Heading);
        Assert.Contains(passages.Single(p => p.Page == 3).Units, u => u.Text == "Measure: Shared export manager | Budget: EUR 250,000 | Firms reached: 45");
    }

    [Fact]
    public void Pdf_WithoutTextLayer_IsReportedAsNoText()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read("scan.pdf", TestPdfs.Scanned()));
        Assert.Equal(UnreadableReason.NoText, error.Reason);
        Assert.StartsWith("no text", error.Message);
    }

    [Fact]
    public void Pdf_Damaged_IsUnreadableWithAReason()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read("broken.pdf", TestPdfs.Damaged()));
        Assert.Equal(UnreadableReason.Damaged, error.Reason);
    }

    [Fact]
    public void Pdf_PasswordProtected_IsUnreadableWithAReason()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read("locked.pdf", TestPdfs.PasswordProtected()));
        Assert.Equal(UnreadableReason.Encrypted, error.Reason);
        Assert.Contains("password", error.Message);
    }

    [Fact]
    public void Pdf_NotAPdfAtAll_IsDamaged()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => DocumentReaders.Read("notes.pdf", "just some text"u8.ToArray()));
        Assert.Equal(UnreadableReason.Damaged, error.Reason);
    }
}
