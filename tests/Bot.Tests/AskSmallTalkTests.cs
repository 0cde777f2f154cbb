using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Greetings, thanks and questions to the bot itself over /api/messages: a short reply in the user's language with the
// help card, never a search of the documents; courtesies around a question leave its answer as it is.
public sealed class AskSmallTalkTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Theory]
    [InlineData("hi", "en-US", "Hello!")]
    [InlineData("thanks!", "en-US", "You're welcome!")]
    [InlineData("Hello, what can you do?", "en-US", "I answer questions about")]
    [InlineData("Who are you?", "en-US", "I am StakeholderBot")]
    [InlineData("Bye!", "en-US", "Goodbye!")]
    [InlineData("Hoi, wat kun je?", "nl-NL", "Ik beantwoord vragen")]
    [InlineData("Danke schön", "de-DE", "Gern geschehen!")]
    [InlineData("Szia!", "hu-HU", "Szia!")]
    [InlineData("Grazie mille", "it-IT", "Prego!")]
    [InlineData("Dzień dobry", "pl-PL", "Cześć!")]
    [InlineData("¿Quién eres?", "es-ES", "Soy StakeholderBot")]
    [InlineData("Ačiū", "lt-LT", "Prašom!")]
    [InlineData("Hvala lepa", "sl-SI", "Ni za kaj!")]
    [InlineData("Mulțumesc!", "ro-RO", "Cu plăcere!")]
    [InlineData("Olá, tudo bem?", "pt-PT", "Bem, obrigado!")]
    // Written in another language than the Teams client's: the reply follows the message.
    [InlineData("Köszönöm szépen", "en-US", "Szívesen!")]
    public async Task SmallTalk_GetsAShortReplyInItsLanguageWithTheHelpCard(string text, string locale, string expected)
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var reply = Assert.Single(await bot.AskAsync(Fixtures.Message(text, locale)))!.AsObject();

        Assert.StartsWith(expected, (string?)reply["text"]);
        var card = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["contentType"]);
        Assert.Null(reply["entities"]);
        Assert.Null(reply["channelData"]?["feedbackLoopEnabled"]);
    }

    [Theory]
    [InlineData("Hi, how much money does the Beneficiary Light grant scheme give to SMEs? Thanks!")]
    [InlineData("Hello StakeholderBot,\nhow much money does the Beneficiary Light grant scheme give to SMEs?\nKind regards, Anna")]
    [InlineData("How much money does the Beneficiary Light grant scheme give to SMEs, case abc123?")]
    public async Task CourtesiesAndExtraWords_AroundAQuestion_LeaveTheAnswerAsItIs(string text)
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        var reply = Assert.Single(await bot.AskAsync(Fixtures.Message(text)))!;

        Assert.Contains("7.6 M€", (string?)reply["text"]);
        Assert.Contains("/documents/inter-ventures-policy-instruments.md?", (string?)reply["entities"]![0]!["citation"]![0]!["appearance"]!["url"]);
    }

    [Fact]
    public async Task SmallTalk_DoesNotChangeWhatAFollowUpIsReadWith()
    {
        await using var bot = await AskApp.StartAsync(azurite, AskApp.Prefix());
        const string conversation = "a:small-talk-follow-up";
        await bot.AskAsync(Fixtures.Message("When did INTER VENTURES start?", conversationId: conversation));
        await bot.AskAsync(Fixtures.Message("thanks!", conversationId: conversation));
        var reply = await bot.AskAsync(Fixtures.Message("and when did it end?", conversationId: conversation));

        Assert.Contains("31 July 2022", (string?)reply[0]!["text"]);
    }
}
