using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Documents that are not files (logged meetings): added, replaced and removed through IKnowledgeDocuments.
public sealed class StoredDocumentTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task StoredMeeting_IsAnsweredAndCitedByItsPath()
    {
        var harness = await IndexedAsync();
        await harness.Knowledge.UpsertDocumentAsync("meetings/intra/2021-03-04", "RSG meeting Maribor, 4 March 2021", "en",
            "The regional stakeholder group met in Maribor.\n\nTwelve organisations attended, including the Chamber of Commerce of Štajerska.", Audience.Everyone);
        var answer = await harness.AskAsync("How many organisations attended the RSG meeting in Maribor?");
        Assert.Contains("Twelve organisations", answer.PlainText);
        Assert.Equal("meetings/intra/2021-03-04", Assert.Single(answer.Citations).DocumentPath);
        Assert.Equal("RSG meeting Maribor, 4 March 2021", harness.Knowledge.FindDocument("meetings/intra/2021-03-04", Audience.Stakeholders)!.Title);
    }

    [Fact]
    public async Task Replacing_AndRemoving_AStoredDocument_ChangesTheAnswers()
    {
        var harness = await IndexedAsync();
        await harness.Knowledge.UpsertDocumentAsync("meetings/x", "Meeting X", "en", "The meeting in Leeuwarden agreed a budget of 2 M€ for vouchers.", Audience.Everyone);
        await harness.Knowledge.UpsertDocumentAsync("meetings/x", "Meeting X", "en", "The meeting in Leeuwarden agreed a budget of 4 M€ for vouchers.", Audience.Everyone);
        Assert.Contains("4 M€", (await harness.AskAsync("What budget did the meeting in Leeuwarden agree?")).PlainText);

        await harness.Knowledge.RemoveDocumentAsync("meetings/x");
        Assert.False((await harness.AskAsync("What budget did the meeting in Leeuwarden agree?")).Found);
        Assert.Null(harness.Knowledge.FindDocument("meetings/x", Audience.Stakeholders));
    }

    [Fact]
    public async Task StoredDocuments_SurviveACorpusRescan()
    {
        var harness = await IndexedAsync();
        await harness.Knowledge.UpsertDocumentAsync("meetings/y", "Meeting Y", "", "Partners from Klaipėda presented the acceleration programme.", Audience.Everyone);
        File.WriteAllText(Path.Combine(corpus, "new.md"), "# New\n\nA new file.");
        await harness.IndexAsync();
        Assert.True((await harness.AskAsync("What did the partners from Klaipėda present?")).Found);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("/absolute")]
    [InlineData("meetings/../../x")]
    [InlineData("meetings\\x")]
    [InlineData("")]
    public async Task BadPaths_AreRefused(string path)
    {
        var harness = await IndexedAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Knowledge.UpsertDocumentAsync(path, "t", "en", "text", Audience.Everyone));
    }

    [Fact]
    public async Task ACorpusFile_CannotBeReplacedThroughTheApi()
    {
        var harness = await IndexedAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Knowledge.UpsertDocumentAsync("file.md", "t", "en", "other text", Audience.Everyone));
        await harness.Knowledge.RemoveDocumentAsync("file.md");
        Assert.NotNull(harness.Knowledge.FindDocument("file.md", Audience.Stakeholders));
    }

    private async Task<KnowledgeHarness> IndexedAsync()
    {
        File.WriteAllText(Path.Combine(corpus, "file.md"), "# File\n\nA corpus file about Deepgrooves and its vinyl records.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }
}
