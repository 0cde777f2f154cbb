using StakeholderBot.Knowledge.Answering;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

public sealed class CourtesyTests
{
    [Theory]
    [InlineData("hi", "en", SmallTalk.Greeting, "en")]
    [InlineData("Hello!", "en", SmallTalk.Greeting, "en")]
    [InlineData("thanks!", "en", SmallTalk.Thanks, "en")]
    [InlineData("Thank you very much :)", "en", SmallTalk.Thanks, "en")]
    [InlineData("Bye, see you", "en", SmallTalk.Goodbye, "en")]
    [InlineData("Who are you?", "en", SmallTalk.Identity, "en")]
    [InlineData("Hello, what can you do?", "en", SmallTalk.Abilities, "en")]
    [InlineData("Hoi! Wat kun je?", "nl", SmallTalk.Abilities, "nl")]
    [InlineData("Dankjewel", "en", SmallTalk.Thanks, "nl")]
    [InlineData("Köszönöm szépen!", "en", SmallTalk.Thanks, "hu")]
    [InlineData("Grazie mille", "it", SmallTalk.Thanks, "it")]
    [InlineData("Dzień dobry", "pl", SmallTalk.Greeting, "pl")]
    [InlineData("¿Quién eres?", "es", SmallTalk.Identity, "es")]
    [InlineData("Ačiū", "lt", SmallTalk.Thanks, "lt")]
    [InlineData("Živjo, kdo si?", "sl", SmallTalk.Identity, "sl")]
    [InlineData("Mulțumesc frumos!", "ro", SmallTalk.Thanks, "ro")]
    [InlineData("Hallo, was kannst du?", "de", SmallTalk.Abilities, "de")]
    [InlineData("Olá, tudo bem?", "pt", SmallTalk.Wellbeing, "pt")]
    [InlineData("Hi", "de", SmallTalk.Greeting, "de")]
    public void Message_OfCourtesiesOnly_IsSmallTalkInItsLanguage(string text, string hint, SmallTalk expected, string language)
    {
        var reading = Courtesy.Read(text, hint);

        Assert.True(reading.IsSmallTalk);
        Assert.Contains(expected, reading.SmallTalk);
        Assert.Equal(language, reading.Language);
    }

    [Theory]
    [InlineData("Hi, when did UpGradeSME start? Thanks!", "when did UpGradeSME start?")]
    [InlineData("Hello StakeholderBot, when did UpGradeSME start?", "when did UpGradeSME start?")]
    [InlineData("Sziasztok! Melyik magyar minisztérium szerepel?", "Melyik magyar minisztérium szerepel?")]
    [InlineData("Hallo zusammen, worüber konnten die Stakeholder diskutieren?", "worüber konnten die Stakeholder diskutieren?")]
    [InlineData("Salut, ce au fost invitați partenerii să prezinte? Mulțumesc", "ce au fost invitați partenerii să prezinte?")]
    [InlineData("Who organises the trade missions?\nKind regards,\nAnna Kovács", "Who organises the trade missions?")]
    [InlineData("When did INTRA start? Thanks, bye!", "When did INTRA start?")]
    [InlineData("Thanks to the vouchers, what could Deepgrooves do?", "Thanks to the vouchers, what could Deepgrooves do?")]
    [InlineData("Which is the best?", "Which is the best?")]
    [InlineData("How much does the scheme allocate to SMEs, case abc123?", "How much does the scheme allocate to SMEs, case abc123?")]
    [InlineData("Wat gebeurde er op de tweede dag?", "Wat gebeurde er op de tweede dag?")]
    public void Question_KeepsItsWords_WithoutTheCourtesiesAroundIt(string text, string question)
    {
        var reading = Courtesy.Read(text, "en");

        Assert.False(reading.IsSmallTalk);
        Assert.Equal(question, reading.Question);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("   ")]
    [InlineData("👍")]
    public void Filler_IsSmallTalkWithNothingToAnswer(string text)
    {
        var reading = Courtesy.Read(text, "en");

        Assert.True(reading.IsSmallTalk);
        Assert.Empty(reading.SmallTalk);
    }
}
