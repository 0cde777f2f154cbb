using StakeholderBot.Knowledge.Documents;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Markdown_KeepsTitleHeadingsAndLists()
    {
        var document = MarkdownReader.Read("# Project X\n\nIntro text here.\n\n## Partners\n\n- Agency One\n- Agency Two\n", "fallback");
        Assert.Equal("Project X", document.Title);
        Assert.Contains(new Block(BlockKind.Heading, "Partners"), document.Blocks);
        Assert.Contains(new Block(BlockKind.ListItem, "Agency Two"), document.Blocks);
    }

    [Fact]
    public void Html_SkipsScriptsAndReadsTheTitle()
    {
        var document = HtmlDocumentReader.Read("<html><head><title>Visit &amp; more</title><script>alert(1)</script></head><body><h2>Day one</h2><p>We met <b>partners</b> in Maribor.</p><script>var x;</script></body></html>", "fallback");
        Assert.Equal("Visit & more", document.Title);
        Assert.Contains(new Block(BlockKind.Heading, "Day one"), document.Blocks);
        Assert.Contains(new Block(BlockKind.Paragraph, "We met partners in Maribor."), document.Blocks);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("alert") || b.Text.Contains("var x"));
    }

    [Fact]
    public void PlainText_FindsHeadingsFieldsAndBullets()
    {
        var text = "Project summary\n\nThe project brings partners together from five regions to work on export policy for small firms.\n\n   Start:  01.04.2016\n\n   End:  31.03.2021\n\nWhich partners are working on this?\n  • Agency One\n  • Agency Two\n";
        var document = PlainTextReader.Read(text, "fallback");
        Assert.Equal("Project summary", document.Title);
        var passages = PassageBuilder.Build("x.txt", document).Passages;
        var units = passages.SelectMany(p => p.Units).ToList();
        Assert.Contains(units, u => u.Text == "Start: 01.04.2016; End: 31.03.2021");
        Assert.Contains(units, u => u.IsList && u.Text == "Which partners are working on this?" && u.Items.SequenceEqual(["Agency One", "Agency Two"]));
    }

    [Fact]
    public void PlainText_ShortCaptionBeforeBullets_IntroducesTheList()
    {
        var text = "Project summary\n\nThe project brings partners together from five regions to work on export policy for small firms.\n\nPartners\n  • Agency One (SI)\n  • Agency Two (HR)\n\nThe partners meet twice a year in one of the regions.\n\n  • Agency Three\n";
        var units = PassageBuilder.Build("x.txt", PlainTextReader.Read(text, "fallback")).Passages.SelectMany(p => p.Units).ToList();
        Assert.Contains(units, u => u.IsList && u.Text == "Partners:" && u.Items.SequenceEqual(["Agency One (SI)", "Agency Two (HR)"]));
        Assert.DoesNotContain(units, u => !u.IsList && u.Text == "Partners");
        // A sentence before a list is not its caption.
        Assert.Contains(units, u => !u.IsList && u.Text == "The partners meet twice a year in one of the regions.");
        Assert.Contains(units, u => u.IsList && u.Text == "" && u.Items.SequenceEqual(["Agency Three"]));
    }

    [Fact]
    public void PlainText_RelativeClauseWrittenAsASentence_GoesOnWithTheSentenceBefore()
    {
        var text = "Project summary\n\nOne partner makes smart labels for parcels. Which can be used for measuring shocks during transport. Who pays for them? The region does.\n";
        var units = PassageBuilder.Build("x.txt", PlainTextReader.Read(text, "fallback")).Passages.SelectMany(p => p.Units).Select(u => u.Text).ToList();
        Assert.Contains("One partner makes smart labels for parcels. Which can be used for measuring shocks during transport.", units);
        Assert.Contains("Who pays for them?", units);
        Assert.Contains("The region does.", units);
    }

    [Fact]
    public void Docx_ReadsTheRepositoryDocument()
    {
        var path = Path.Combine(KnowledgeHarness.RepoCorpus, "intra-good-practices-and-action-plans.docx");
        var document = DocumentReaders.Read(path, File.ReadAllBytes(path));
        Assert.Equal("INTRA: from good practices to action plans", document.Title);
        Assert.Contains(new Block(BlockKind.Heading, "Action plan for Slovenia"), document.Blocks);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.ListItem && b.Text.Contains("foreign market research"));
    }

    [Fact]
    public void Passages_KeepTheirSectionHeading()
    {
        var document = MarkdownReader.Read("# Title\n\n## Budget\n\nThe budget is 5 M€. It pays for training.\n\n## Dates\n\nIt starts in 2020.", "t");
        var passages = PassageBuilder.Build("t.md", document).Passages;
        Assert.Equal(["Budget", "Dates"], passages.Select(p => p.Heading));
        Assert.Equal("The budget is 5 M€.", passages[0].Units[0].Text);
    }
}
