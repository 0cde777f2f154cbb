using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Knowledge;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// GET /documents/{path} through a signed link: what a citation opens.
public sealed class AskDocumentTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Theory]
    [InlineData("upgradesme-project.md", "text/html; charset=utf-8", "<h1 id=\"upgradesme-upgrading-sme-export-policy\">UpGradeSME")]
    [InlineData("inter-ventures-action-plans.txt", "text/plain; charset=utf-8", "INTER VENTURES action plans")]
    [InlineData("upgradesme-san-sebastian-visit.html", "text/html; charset=utf-8", "<h1>UpGradeSME partner meeting")]
    [InlineData("nl/upgradesme-samenvatting.md", "text/html; charset=utf-8", ">UpGradeSME in het kort</h1>")]
    public async Task CorpusFile_IsServedWithItsContentType(string path, string contentType, string start)
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        using var response = await bot.CreateClient().GetAsync(SignedPaths.Document(bot.Services, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains(start, await response.Content.ReadAsStringAsync());
    }

    // A citation opens a page a person reads, not Markdown source: the title, headings that are anchors, lists as lists,
    // raw HTML in the file shown as text; the link's text fragment takes the reader to the quoted words.
    [Fact]
    public async Task MarkdownCitation_OpensAReadablePage_AtTheQuotedWords()
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var answer = await bot.AskAsync(Fixtures.Message("When did UpGradeSME start?"));
        var url = (string)answer[0]!["entities"]![0]!["citation"]![0]!["appearance"]!["url"]!;
        var link = new Uri(url);

        using var response = await bot.CreateClient().GetAsync(link.PathAndQuery);
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("/documents/upgradesme-project.md?", link.PathAndQuery);
        Assert.Equal("#:~:text=Start%3A%201%20April%202016", link.Fragment);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("<!doctype html>", html);
        Assert.Contains("<title>UpGradeSME: upgrading SME export policy</title>", html);
        Assert.Contains("<h2 id=\"duration\">Duration</h2>", html);
        Assert.Contains("<li>Start: 1 April 2016</li>", html);
        Assert.DoesNotContain("## ", html);
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Docx_IsServedAsAWordDocument()
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        using var response = await bot.CreateClient().GetAsync(SignedPaths.Document(bot.Services, "intra-good-practices-and-action-plans.docx"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await response.Content.ReadAsByteArrayAsync())[0]);
    }

    // Signed as they are requested, so only the path checks stand between them and the disk.
    [Theory]
    [InlineData("../README.md", "../README.md")]
    [InlineData("..%2FREADME.md", "../README.md")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd", "../../etc/passwd")]
    [InlineData("nl/../../Bot/appsettings.json", "nl/../../Bot/appsettings.json")]
    [InlineData("not-indexed.md", "not-indexed.md")]
    [InlineData("%2Fetc%2Fpasswd", "/etc/passwd")]
    public async Task PathsOutsideTheIndex_AreNotFound_EvenWithAValidSignature(string requested, string signed)
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var query = new Uri(new Uri("http://x"), SignedPaths.Document(bot.Services, signed)).Query;
        using var response = await bot.CreateClient().GetAsync("/documents/" + requested + query);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{requested}: {(int)response.StatusCode}");
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StoredMeeting_IsServedAsEscapedHtml()
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var documents = bot.Services.GetRequiredService<IKnowledgeDocuments>();
        await documents.UpsertDocumentAsync("meetings/intra/2021-03-04", "RSG <Maribor> & co", "en", "Attended: <script>alert(1)</script>\n\nDecision: vouchers.",
            Audience.Everyone);
        using var response = await bot.CreateClient().GetAsync(SignedPaths.Document(bot.Services, "meetings/intra/2021-03-04"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>RSG &lt;Maribor&gt; &amp; co</h1>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
