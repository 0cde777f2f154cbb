using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Storage.Feedback;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Questions over /api/messages with expectReplies, as Teams and the Playground send them.
public sealed class AskTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Question_IsAnsweredWithTeamsCitationsAndFeedbackButtons()
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var reply = Assert.Single(await bot.AskAsync(Fixtures.Message("How much money does the Beneficiary Light grant scheme give to SMEs?")))!.AsObject();

        Assert.Contains("7.6 M€", (string?)reply["text"]);
        Assert.EndsWith("[1]", (string?)reply["text"]);
        var entity = Assert.Single(reply["entities"]!.AsArray())!.AsObject();
        Assert.Equal("https://schema.org/Message", (string?)entity["type"]);
        Assert.Null(entity["additionalType"]);
        var appearance = entity["citation"]![0]!["appearance"]!;
        Assert.Equal(1, (int)entity["citation"]![0]!["position"]!);
        Assert.StartsWith("https://bot.example.org/documents/inter-ventures-policy-instruments.md?for=stakeholders&exp=", (string?)appearance["url"]);
        Assert.InRange(((string?)appearance["name"])!.Length, 1, 80);
        Assert.InRange(((string?)appearance["abstract"])!.Length, 1, 160);
        Assert.True((bool)reply["channelData"]!["feedbackLoopEnabled"]!);
    }

    [Theory]
    [InlineData("What will the weather be in Budapest tomorrow?", "en-US", "I could not find that")]
    [InlineData("Wat is het weer morgen in Leeuwarden?", "nl-NL", "Dat heb ik niet gevonden")]
    [InlineData("Jakie jest jutro pogoda w Budapeszcie?", "pl-PL", "Nie znalazłem")]
    public async Task UnanswerableQuestion_SaysSoInTheUsersLanguageWithoutCitation(string question, string locale, string expected)
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var reply = Assert.Single(await bot.AskAsync(Fixtures.Message(question, locale)))!.AsObject();
        Assert.StartsWith(expected, (string?)reply["text"]);
        Assert.Contains("**help**", (string?)reply["text"]);
        Assert.Null(reply["entities"]);
    }

    [Fact]
    public async Task FollowUp_IsReadWithThePreviousQuestionsSubject()
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        const string conversation = "a:follow-up-test";
        var first = await bot.AskAsync(Fixtures.Message("When did INTER VENTURES start?", conversationId: conversation));
        Assert.Contains("1 August 2019", (string?)first[0]!["text"]);
        var second = await bot.AskAsync(Fixtures.Message("and when did it end?", conversationId: conversation));
        Assert.Contains("31 July 2022", (string?)second[0]!["text"]);
    }

    [Theory]
    [InlineData("Kiedy zakończył się projekt UpGradeSME?", "pl-PL", "Z angielskich dokumentów projektu:")]
    [InlineData("Wann endete das Projekt UpGradeSME?", "de-DE", "Aus den englischen Projektdokumenten:")]
    [InlineData("Mikor ért véget az UpGradeSME projekt?", "en-US", "Az angol nyelvű projektdokumentumokból:")]
    public async Task QuestionInAnotherLanguage_IsAnsweredFromTheEnglishDocumentWithANoteInItsLanguage(string question, string locale, string note)
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var reply = Assert.Single(await bot.AskAsync(Fixtures.Message(question, locale)))!;
        var text = (string?)reply["text"];

        Assert.StartsWith(note + "\n\n", text);
        Assert.Contains("31 March 2021", text);
        Assert.Contains("/documents/upgradesme-project.md?", (string?)reply["entities"]![0]!["citation"]![0]!["appearance"]!["url"]);
    }

    [Fact]
    public async Task EnglishQuestion_HasNoNoteAboutTheDocumentsLanguage()
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var reply = Assert.Single(await bot.AskAsync(Fixtures.Message("When did UpGradeSME end?")))!;

        Assert.StartsWith("Start: 1 April 2016; End: 31 March 2021", (string?)reply["text"]);
    }

    [Fact]
    public async Task DutchQuestion_IsAnsweredFromTheDutchDocument()
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var reply = Assert.Single(await bot.AskAsync(Fixtures.Message("Wat is de grootste afzetmarkt van Deepgrooves?", "nl-NL")))!;
        Assert.Contains("Verenigde Staten", (string?)reply["text"]);
        Assert.Contains("/documents/nl/upgradesme-samenvatting.md?", (string?)reply["entities"]![0]!["citation"]![0]!["appearance"]!["url"]);
    }

    [Fact]
    public async Task Feedback_IsStoredWithTheQuestionAnswerAndSources()
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var question = Fixtures.Message("Who handles public relations for INTRA?", conversationId: "a:1Hx9personal");
        await bot.AskAsync(question);

        using var response = await bot.PostAsync(Fixtures.Load("feedback-submit"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", (await response.Content.ReadAsStringAsync()).Trim());

        var store = bot.Services.GetRequiredService<AnswerFeedbackStore>();
        var now = DateTimeOffset.UtcNow;
        var saved = Assert.Single(await store.ListAsync(now.Year, now.Month));
        Assert.Equal(("dislike", "The date is wrong"), (saved.Reaction, saved.Comment));
        Assert.Equal("Who handles public relations for INTRA?", saved.Question);
        Assert.Contains("Borut Jurišić", saved.Answer);
        Assert.Equal("intra-good-practices-and-action-plans.docx", Assert.Single(saved.Sources).DocumentPath);
    }

    [Fact]
    public async Task Questions_AndFollowUps_AreAnsweredWhileStorageIsDown()
    {
        await using var bot = new BotApp(new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = Path.Combine(RepoPaths.Root, "corpus"),
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteFixture.AccountKey + ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            ["Storage:MaxRetries"] = "0",
        });
        JsonArray first;
        // The index may still be building: the bot says so until it is ready (polling, not a timing assertion).
        for (var attempt = 0; ; attempt++)
        {
            first = await bot.AskAsync(Fixtures.Message("When did UpGradeSME start?", conversationId: "a:storage-down"));
            if (((string?)first[0]!["text"])!.Contains("1 April 2016") || attempt > 100) break;
            await Task.Delay(100);
        }
        Assert.Contains("1 April 2016", (string?)first[0]!["text"]);
        var second = await bot.AskAsync(Fixtures.Message("and when did it end?", conversationId: "a:storage-down"));
        Assert.Contains("31 March 2021", (string?)second[0]!["text"]);
    }

    [Fact]
    public async Task Feedback_StillAnswersEmptyWhenStorageIsDown()
    {
        await using var bot = new BotApp(new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = Path.Combine(RepoPaths.Root, "corpus"),
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteFixture.AccountKey + ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            ["Storage:MaxRetries"] = "0",
        });
        using var response = await bot.PostAsync(Fixtures.Load("feedback-submit"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", (await response.Content.ReadAsStringAsync()).Trim());
    }
}
