using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Stored documents are read only by their audience: in answers, in what a citation opens, and in the answer cache.
public sealed class AudienceTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task ManagersOnlyDocument_IsNeitherAnsweredNorOpenedForStakeholders()
    {
        var harness = await IndexedAsync();
        await harness.Knowledge.UpsertDocumentAsync("meetings/intra/m1", "RSG meeting Maribor", "en",
            "The stakeholders in Maribor decided to open a second voucher round in September.", Audience.ProjectManagers);

        var forStakeholder = await harness.AskAsync("What did the stakeholders in Maribor decide?");
        var forManager = await harness.AskAsync("What did the stakeholders in Maribor decide?", reader: Audience.ProjectManagers);

        Assert.False(forStakeholder.Found);
        Assert.Empty(forStakeholder.Citations);
        Assert.Contains("second voucher round", forManager.PlainText);
        Assert.Null(harness.Knowledge.FindDocument("meetings/intra/m1", Audience.Stakeholders));
        Assert.NotNull(harness.Knowledge.FindDocument("meetings/intra/m1", Audience.ProjectManagers));
    }

    [Fact]
    public async Task EachReader_IsAnsweredFromTheViewMeantForThem()
    {
        var harness = await IndexedAsync();
        await harness.Knowledge.UpsertDocumentAsync("meetings/intra/m2", "RSG meeting Ghent", "en",
            "The stakeholders in Ghent decided to fund trade missions.\n\nNotes: the chair will resign in May.", Audience.ProjectManagers);
        await harness.Knowledge.UpsertDocumentAsync("meetings/intra/m2/shared", "RSG meeting Ghent", "en",
            "The stakeholders in Ghent decided to fund trade missions.", Audience.Stakeholders);

        var forStakeholder = await harness.AskAsync("What did the stakeholders in Ghent decide?");
        var forManager = await harness.AskAsync("What did the stakeholders in Ghent decide?", reader: Audience.ProjectManagers);

        Assert.Equal(["meetings/intra/m2/shared"], forStakeholder.Citations.Select(c => c.DocumentPath).Distinct());
        Assert.Equal(["meetings/intra/m2"], forManager.Citations.Select(c => c.DocumentPath).Distinct());
        Assert.False((await harness.AskAsync("When will the chair in Ghent resign?")).Found);
    }

    [Fact]
    public async Task HiddenDocuments_DoNotCrowdOutTheOnesTheReaderMaySee()
    {
        var harness = await IndexedAsync();
        for (var i = 0; i < 40; i++)
            await harness.Knowledge.UpsertDocumentAsync($"meetings/hidden/{i}", $"Meeting {i}", "en",
                $"Voucher budget discussed in Tartu: {i} options were compared.", Audience.ProjectManagers);
        await harness.Knowledge.UpsertDocumentAsync("public/tartu", "Tartu voucher", "en",
            "The voucher budget in Tartu is 3 M€ for exporting SMEs.", Audience.Everyone);

        var answer = await harness.AskAsync("What is the voucher budget in Tartu?");

        Assert.Contains("3 M€", answer.PlainText);
        Assert.All(answer.Citations, c => Assert.Equal("public/tartu", c.DocumentPath));
    }

    [Fact]
    public async Task SearchByMeaning_LeavesOutDocumentsTheReaderMayNotSee()
    {
        var harness = await IndexedAsync();
        await harness.Knowledge.UpsertDocumentAsync("meetings/intra/m4", "RSG meeting Burgos", "en",
            "The stakeholders agreed to give rural firms near Burgos export coaching.", Audience.ProjectManagers);
        await harness.Filler.FillAsync(CancellationToken.None);
        var question = Answering.QuestionAnalyzer.Analyze("Which help do country companies near Burgos get?", "en");

        var forStakeholder = harness.Retriever.Fuse(question, Audience.Stakeholders);
        var forManager = harness.Retriever.Fuse(question, Audience.ProjectManagers);

        Assert.True(forStakeholder.Semantic);
        Assert.DoesNotContain(forStakeholder.Passages, p => p.Path.StartsWith("meetings/", StringComparison.Ordinal));
        Assert.Contains(forManager.Passages, p => p.Path == "meetings/intra/m4");
        Assert.False((await harness.AskAsync("Which help do country companies near Burgos get?")).Found);
    }

    [Fact]
    public async Task AnswerCachedForAManager_IsNotServedToAStakeholder()
    {
        var harness = await IndexedAsync();
        await harness.Knowledge.UpsertDocumentAsync("meetings/intra/m3", "RSG meeting Kaunas", "en",
            "The stakeholders in Kaunas agreed a budget of 5 M€ for export coaching.", Audience.ProjectManagers);
        const string question = "What budget did the stakeholders in Kaunas agree?";

        Assert.Contains("5 M€", (await harness.AskAsync(question, reader: Audience.ProjectManagers)).PlainText);
        Assert.False((await harness.AskAsync(question)).Found);
    }

    [Fact]
    public async Task TheSameDocumentAgain_LeavesTheIndexAsItWas()
    {
        var harness = await IndexedAsync();
        await harness.Knowledge.UpsertDocumentAsync("meetings/x", "Meeting X", "en", "Decided: vouchers.", Audience.ProjectManagers);
        var version = harness.Reader.Version;

        await harness.Knowledge.UpsertDocumentAsync("meetings/x", "Meeting X", "en", "Decided: vouchers.", Audience.ProjectManagers);
        Assert.Equal(version, harness.Reader.Version);

        await harness.Knowledge.UpsertDocumentAsync("meetings/x", "Meeting X", "en", "Decided: vouchers.", Audience.Everyone);
        Assert.NotEqual(version, harness.Reader.Version);
        Assert.NotNull(harness.Knowledge.FindDocument("meetings/x", Audience.Stakeholders));
    }

    [Fact]
    public async Task StoredDocumentsFromAnotherSource_AreRemovedWhenTheSourceChanges_AndOnlyThose()
    {
        var harness = await IndexedAsync();
        Assert.Equal(0, await harness.Knowledge.BindSourceAsync("meetings/", "account-a"));
        await harness.Knowledge.UpsertDocumentAsync("meetings/a/1", "Meeting 1", "en", "Decided in Riga: vouchers.", Audience.Everyone);
        await harness.Knowledge.UpsertDocumentAsync("notes/1", "Note 1", "en", "Noted in Riga: coaching.", Audience.Everyone);

        // The same source again (a restart) keeps them; the index file is reopened as a new process would.
        var reopened = new KnowledgeHarness(corpus, harness.IndexPath);
        Assert.Equal(0, await reopened.Knowledge.BindSourceAsync("meetings/", "account-a"));
        Assert.Equal(["meetings/a/1"], reopened.Knowledge.StoredPaths("meetings/"));

        Assert.Equal(1, await reopened.Knowledge.BindSourceAsync("meetings/", "account-b"));
        Assert.Empty(reopened.Knowledge.StoredPaths("meetings/"));
        Assert.Equal(["notes/1"], reopened.Knowledge.StoredPaths("notes/"));
        Assert.NotNull(reopened.Knowledge.FindDocument("file.md", Audience.Stakeholders));
    }

    private async Task<KnowledgeHarness> IndexedAsync()
    {
        File.WriteAllText(Path.Combine(corpus, "file.md"), "# File\n\nA corpus file about Deepgrooves and its vinyl records.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }
}
