using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Cards;
using StakeholderBot.Dialogs.Documents;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// A project manager adds, replaces and removes a PDF by sending it to the bot in Teams; two instances share the
// library (real Azurite blobs and tables), and both answer from it with page citations.
[Collection(LibraryStorageCollection.Name)]
public sealed class DocumentLibraryTests(AzuriteStorageFixture storage) : IAsyncLifetime
{
    private const string Name = "lombardy-action-plan.pdf";
    private const string Question = "How much of a foreign market study does the export voucher cover?";
    private LibraryHost host = null!;

    public async Task InitializeAsync() => host = await LibraryHost.StartAsync(storage);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PdfSentByManager_IsAnsweredWithPageCitation_OnEveryInstance()
    {
        var first = await host.StartBotAsync();
        var second = await host.StartBotAsync();
        host.Files[Name] = TestPdfs.ActionPlan();

        var added = CardOf(Assert.Single(await host.SendAsync(first, LibraryHost.FileMessage(Name, host.DownloadUrl(Name))))!);
        Assert.Contains("Document added", MeetingCards.Text(added));
        var facts = MeetingCards.Facts(added);
        Assert.Equal(TestPdfs.ActionPlanTitle, facts["Title"]);
        Assert.Equal("3", facts["Pages"]);
        Assert.True(int.Parse(facts["Passages"]) > 0);
        Assert.StartsWith("added by Marta Kowalska", facts["Added"]);
        // The link was fetched once, with a plain GET that carried none of the bot's credentials.
        var download = Assert.Single(host.FileHost.Requests);
        Assert.Equal("GET", download.Method);
        Assert.Null(download.Authorization);
        Assert.StartsWith("/files/" + Name + "?tempauth=", download.Path);

        // Answerable at once on the instance that took the file, with the page in the citation and its link.
        var url = await AssertCitesPageAsync(first, 70);
        using var pdf = await first.CreateClient().GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(host.Files[Name], await pdf.Content.ReadAsByteArrayAsync());

        // The other instance learns of it from the change log.
        Assert.Equal(1, await second.Services.GetRequiredService<LibrarySync>().PollAsync(CancellationToken.None));
        await AssertCitesPageAsync(second, 70);
        var list = await host.AskCardAsync(second, "documents", user: LibraryHost.Stakeholder);
        Assert.Contains(TestPdfs.ActionPlanTitle, MeetingCards.Text(list));
        Assert.Contains("PDF · 3 pages", MeetingCards.Text(list));
        Assert.Empty(MeetingCards.Actions(list));
    }

    [Fact]
    public async Task SameName_ReplacesAfterConfirmation_AndRemoveTakesItOutEverywhere()
    {
        var first = await host.StartBotAsync();
        var second = await host.StartBotAsync();
        var sync = second.Services.GetRequiredService<LibrarySync>();
        host.Files[Name] = TestPdfs.ActionPlan();
        await host.SendAsync(first, LibraryHost.FileMessage(Name, host.DownloadUrl(Name)));
        await sync.PollAsync(CancellationToken.None);

        // The new version waits for confirmation; until then answers come from the old one.
        host.Files[Name] = TestPdfs.ActionPlan(voucherShare: 55);
        var confirm = CardOf(Assert.Single(await host.SendAsync(first, LibraryHost.FileMessage(Name, host.DownloadUrl(Name))))!);
        Assert.Contains("Replace this document?", MeetingCards.Text(confirm));
        await AssertCitesPageAsync(first, 70);
        var replaced = MeetingCards.InvokeCard(await host.PressAsync(first, confirm, CardVerbs.DocumentReplaceConfirm));
        Assert.Contains("Document replaced", MeetingCards.Text(replaced));
        await AssertCitesPageAsync(first, 55);
        Assert.Equal(1, await sync.PollAsync(CancellationToken.None));
        await AssertCitesPageAsync(second, 55);
        Assert.Equal([Name], await BlobNamesAsync());

        // Pressing the confirmation again finds nothing waiting and changes nothing.
        var again = MeetingCards.InvokeCard(await host.PressAsync(first, confirm, CardVerbs.DocumentReplaceConfirm));
        Assert.Contains("no longer waiting", MeetingCards.Text(again));

        var list = await host.AskCardAsync(first, "documents");
        var ask = MeetingCards.InvokeCard(await host.PressAsync(first, list, CardVerbs.DocumentRemove));
        Assert.Contains("Remove this document?", MeetingCards.Text(ask));
        var removed = MeetingCards.InvokeCard(await host.PressAsync(first, ask, CardVerbs.DocumentRemoveConfirm));
        Assert.Contains("was removed from the library", MeetingCards.Text(removed));
        Assert.Empty(await BlobNamesAsync());
        await AssertNotAnsweredAsync(first);
        Assert.Equal(1, await sync.PollAsync(CancellationToken.None));
        await AssertNotAnsweredAsync(second);
    }

    [Fact]
    public async Task NewInstance_ReadsTheLibraryAtStart()
    {
        var first = await host.StartBotAsync();
        host.Files[Name] = TestPdfs.ActionPlan();
        await host.SendAsync(first, LibraryHost.FileMessage(Name, host.DownloadUrl(Name)));

        var later = await host.StartBotAsync();
        await AssertCitesPageAsync(later, 70);
    }

    [Fact]
    public async Task NonManager_IsRefused_AndNothingIsDownloaded()
    {
        var bot = await host.StartBotAsync();
        host.Files[Name] = TestPdfs.ActionPlan();

        var reply = Assert.Single(await host.SendAsync(bot, LibraryHost.FileMessage(Name, host.DownloadUrl(Name), user: LibraryHost.Stakeholder)))!;
        Assert.Contains("Only project managers can add documents", (string?)reply["text"]);
        Assert.Empty(host.FileHost.Requests);
        Assert.Empty(await BlobNamesAsync());
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { "budget.xlsx", "files", "I can read PDF, Word (.docx), text, Markdown and HTML files" },
        { "scan.pdf", "files", "no text: its pages are images" },
        { "broken.pdf", "files", "it is damaged or not a PDF" },
        { "big.pdf", "files", "larger than 1 MB" },
        { "moved.pdf", "moved", "does not point to a Teams file store" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task UnusableFile_IsRefusedWithAReason_AndNothingChanges(string name, string route, string reason)
    {
        var bot = await host.StartBotAsync(settings: new Dictionary<string, string?> { ["Documents:MaxFileMegabytes"] = "1" });
        host.Files["budget.xlsx"] = [0x50, 0x4B, 0x03, 0x04];
        host.Files["scan.pdf"] = TestPdfs.Scanned();
        host.Files["broken.pdf"] = TestPdfs.Damaged();
        host.Files["big.pdf"] = [.. TestPdfs.ActionPlan(), .. new byte[1024 * 1024]];
        host.Files["moved.pdf"] = TestPdfs.ActionPlan();

        var reply = Assert.Single(await host.SendAsync(bot, LibraryHost.FileMessage(name, $"{host.FileHost.BaseUrl}/{route}/{name}")))!;
        Assert.Contains(name + " was not added: ", (string?)reply["text"]);
        Assert.Contains(reason, (string?)reply["text"]);
        Assert.Empty(await BlobNamesAsync());
        Assert.DoesNotContain(host.FileHost.Requests, r => r.Path.StartsWith("/files/") && route == "moved");
        var list = await host.AskCardAsync(bot, "documents");
        Assert.Contains("Project documents (0)", MeetingCards.Text(list));
    }

    [Fact]
    public async Task GermanStakeholder_SeesTheDocumentsListInGerman()
    {
        var bot = await host.StartBotAsync();
        host.Files[Name] = TestPdfs.ActionPlan();
        await host.SendAsync(bot, LibraryHost.FileMessage(Name, host.DownloadUrl(Name)));

        var ask = Fixtures.Message("documents", locale: "de-DE", userAad: LibraryHost.Stakeholder);
        var list = CardOf(Assert.Single(await host.SendAsync(bot, ask))!);

        var text = MeetingCards.Text(list);
        Assert.Contains("Projektdokumente (1)", text);
        Assert.Contains(TestPdfs.ActionPlanTitle, text);
        Assert.Contains("PDF · Seiten: 3 · Abschnitte: ", text);
        Assert.Contains(" · hinzugefügt von Marta Kowalska, ", text);
        Assert.DoesNotContain("pages", text);
        Assert.Empty(MeetingCards.Actions(list));
    }

    public static TheoryData<string, byte[], string> RefusedInHungarian => new()
    {
        { "budget.xlsx", [0x50, 0x4B, 0x03, 0x04], "budget.xlsx nem került be: PDF-, Word- (.docx), szöveges, Markdown- és HTML-fájlokat tudok olvasni." },
        { "scan.pdf", TestPdfs.Scanned(), "scan.pdf nem került be: nincs szöveg: az oldalai képek (szkennelt?); előbb futtasson rajta szövegfelismerést (OCR)." },
    };

    [Theory]
    [MemberData(nameof(RefusedInHungarian))]
    public async Task HungarianManager_IsToldWhyAFileWasRefused_InHungarian(string name, byte[] content, string expected)
    {
        var bot = await host.StartBotAsync();
        host.Files[name] = content;
        var message = LibraryHost.FileMessage(name, host.DownloadUrl(name));
        message["locale"] = "hu-HU";

        var reply = Assert.Single(await host.SendAsync(bot, message))!;

        Assert.Equal(expected, (string?)reply["text"]);
        Assert.Empty(await BlobNamesAsync());
    }

    [Fact]
    public async Task LinkToAnotherHost_IsNotFollowed()
    {
        var bot = await host.StartBotAsync();

        var reply = Assert.Single(await host.SendAsync(bot, LibraryHost.FileMessage(Name, "https://files.example.org/" + Name)))!;
        Assert.Contains("does not point to a Teams file store", (string?)reply["text"]);
        Assert.Empty(host.FileHost.Requests);
    }

    [Fact]
    public async Task UnsignedActivity_LinkIsNotFollowed()
    {
        var bot = await host.StartBotAsync(signed: false);
        host.Files[Name] = TestPdfs.ActionPlan();

        var reply = Assert.Single(await host.SendAsync(bot, LibraryHost.FileMessage(Name, host.DownloadUrl(Name)), sign: false))!;
        Assert.Contains("did not come signed from Teams", (string?)reply["text"]);
        Assert.Empty(host.FileHost.Requests);
        Assert.Empty(await BlobNamesAsync());
    }

    [Fact]
    public async Task RedirectToAnotherAllowedHost_IsFollowed_AndTheFileAdded()
    {
        // Teams' store may hand a link over to another of its own hosts.
        await using var entry = await LocalHttpServer.StartAsync(app =>
            app.MapGet("/download/{name}", (string name) => Results.Redirect(host.DownloadUrl(name))));
        var bot = await host.StartBotAsync(settings: new Dictionary<string, string?>
        {
            ["Documents:AllowedFileHosts"] = $"{entry.BaseUrl},{host.FileHost.BaseUrl}",
        });
        host.Files[Name] = TestPdfs.ActionPlan();

        var added = CardOf(Assert.Single(await host.SendAsync(bot, LibraryHost.FileMessage(Name, $"{entry.BaseUrl}/download/{Name}")))!);
        Assert.Contains("Document added", MeetingCards.Text(added));
        Assert.Single(entry.Requests);
        Assert.Single(host.FileHost.Requests);
        Assert.Equal([Name], await BlobNamesAsync());
        await AssertCitesPageAsync(bot, 70);
    }

    [Fact]
    public async Task DownloadThatStalls_IsGivenUpWithAMessage_AndNothingChanges()
    {
        var bot = await host.StartBotAsync(settings: new Dictionary<string, string?> { ["Documents:DownloadTimeoutSeconds"] = "5" });

        var reply = Assert.Single(await host.SendAsync(bot, LibraryHost.FileMessage(Name, $"{host.FileHost.BaseUrl}/stalled/{Name}")))!;
        Assert.Contains(Name + " was not added: downloading it took longer than 5 seconds; please send it again.", (string?)reply["text"]);
        Assert.Empty(await BlobNamesAsync());
        Assert.Contains("Project documents (0)", MeetingCards.Text(await host.AskCardAsync(bot, "documents")));
    }

    [Fact]
    public async Task FileNamedLikeAShippedDocument_IsRefused_AndTheShippedOneStays()
    {
        var corpus = Directory.CreateTempSubdirectory("sb-library-shipped-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(corpus, "handbook.md"), "# Export handbook\n\nThe export desk answers within two working days.\n");
            var bot = await host.StartBotAsync(settings: new Dictionary<string, string?> { ["Knowledge:CorpusPath"] = corpus });
            host.Files["handbook.md"] = "# Export handbook\n\nThe export desk answers within five working days.\n"u8.ToArray();

            var reply = Assert.Single(await host.SendAsync(bot, LibraryHost.FileMessage("handbook.md", host.DownloadUrl("handbook.md"))))!;
            Assert.Contains("handbook.md was not added: a document of that name ships with the bot", (string?)reply["text"]);
            Assert.Empty(await BlobNamesAsync());
            var answer = Assert.Single(await host.SendAsync(bot, Fixtures.Message("How fast does the export desk answer?", userAad: LibraryHost.Stakeholder)))!;
            Assert.Contains("two working days", (string?)answer["text"]);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    private async Task<string> AssertCitesPageAsync(BotApp bot, int voucherShare)
    {
        var reply = Assert.Single(await host.SendAsync(bot, Fixtures.Message(Question, userAad: LibraryHost.Stakeholder)))!;
        Assert.Contains($"{voucherShare} per cent", (string?)reply["text"]);
        var appearance = reply["entities"]![0]!["citation"]![0]!["appearance"]!;
        var url = (string)appearance["url"]!;
        Assert.StartsWith("https://bot.example.org/documents/library/" + Name + "?for=stakeholders&exp=", url);
        Assert.EndsWith("#page=2", url);
        Assert.StartsWith(TestPdfs.ActionPlanTitle, (string?)appearance["name"]);
        Assert.EndsWith(", p. 2", (string?)appearance["name"]);
        return url;
    }

    private async Task AssertNotAnsweredAsync(BotApp bot)
    {
        var reply = Assert.Single(await host.SendAsync(bot, Fixtures.Message(Question, userAad: LibraryHost.Stakeholder)))!;
        Assert.DoesNotContain("per cent", (string?)reply["text"]);
        Assert.Null(reply["entities"]?.AsArray().FirstOrDefault(e => e?["citation"] is not null));
    }

    private async Task<List<string>> BlobNamesAsync()
    {
        var container = new BlobServiceClient(storage.ConnectionString).GetBlobContainerClient(host.Container);
        var names = new List<string>();
        if (!(await container.ExistsAsync()).Value) return names;
        await foreach (var blob in container.GetBlobsAsync()) names.Add(blob.Name);
        return names;
    }

    private static JsonObject CardOf(JsonNode reply) => reply["attachments"]![0]!["content"]!.AsObject();
}
