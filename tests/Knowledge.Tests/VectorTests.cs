using StakeholderBot.Knowledge.Answering;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Passage vectors: filled in behind the text index, stored with it, reused by a restart, and fused with BM25.
public sealed class VectorTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-vectors-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task Restart_ReusesStoredVectors_AndEmbedsOnlyWindowsOfChangedText()
    {
        Write("harbour.md", "# Harbour works\n\nThe harbour authority renewed the quay walls in 2021. It also dredged the channel to nine metres.\n\nShips up to 200 metres long can now moor at the east quay.");
        Write("fairs.md", "# Fair support\n\nRegional firms that sell abroad may apply for a voucher. The voucher covers the rent of a stand at a trade fair.\n\nApplications open every March.");
        var first = new KnowledgeHarness(corpus);
        await first.IndexAsync(vectors: false);
        var filled = await first.Filler.FillAsync(CancellationToken.None);
        Assert.True(filled.Embedded > 0);
        Assert.Equal(filled.Embedded, filled.Searchable);

        var restarted = new KnowledgeHarness(corpus, first.IndexPath);
        await restarted.IndexAsync(vectors: false);
        var reused = await restarted.Filler.FillAsync(CancellationToken.None);
        Assert.Equal(0, reused.Embedded);
        Assert.Equal(filled.Searchable, reused.Searchable);

        Write("fairs.md", "# Fair support\n\nRegional firms that sell abroad may apply for a voucher. The voucher covers the rent of a stand at a trade fair.\n\nApplications open every September.");
        await restarted.IndexAsync(vectors: false);
        var changed = await restarted.Filler.FillAsync(CancellationToken.None);
        // Only the window holding the changed sentence is new; the harbour document is not read by the model again.
        Assert.InRange(changed.Embedded, 1, 2);
        Assert.Equal(filled.Searchable, changed.Searchable);
    }

    [Fact]
    public async Task Index_AnswersFromBm25BeforeAnyVectorIsStored()
    {
        Write("fairs.md", "# Fair support\n\nRegional firms that sell abroad may apply for a voucher. The voucher covers the rent of a stand at a trade fair.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync(vectors: false);

        Assert.False(harness.Retriever.CanSearchMeaning);
        var answer = await harness.AskAsync("What does the voucher cover?");
        Assert.True(answer.Found);
        Assert.Contains("stand at a trade fair", answer.PlainText);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(corpus, name), text);
}

// Fusion over the project's own documents, vectors filled as the bot fills them.
public sealed class FusionTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Fusion_RanksFirstAParaphraseThatBm25RanksLower()
    {
        var question = QuestionAnalyzer.Analyze("Which help do country companies near Burgos get?", "en");

        var lexical = corpus.Harness.Retriever.Retrieve(question, Audience.Stakeholders).Passages.MaxBy(p => p.Score)!;
        var fused = corpus.Harness.Retriever.Fuse(question, Audience.Stakeholders);

        Assert.DoesNotContain(lexical.Units, u => u.Text.Contains("rural"));
        Assert.True(fused.Semantic);
        var best = fused.Passages.MaxBy(p => p.Score)!;
        Assert.Contains(best.Units, u => u.Text.Contains("rural"));
        Assert.True(best.Semantic > 0);
        Assert.NotNull(best.Window);
    }
}
