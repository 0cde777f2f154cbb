using System.Text.Json.Nodes;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Help;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Cards.Tests;

public sealed class WelcomeCardTests
{
    public static readonly string[] Languages = ["en", "nl", "hu", "it", "pl", "es", "lt", "sl", "ro", "de", "pt"];

    [Fact]
    public void WelcomeAndHelpCards_AreValidInEveryLanguage()
    {
        var cards = Languages.SelectMany(language => new[] { true, false }.SelectMany(manager => new[]
        {
            KeyValuePair.Create($"welcome-{language}-{manager}", (JsonNode)WelcomeCard.Build(HelpTexts.For(language), manager)),
            KeyValuePair.Create($"help-{language}-{manager}", (JsonNode)HelpCard.Build(HelpTexts.For(language), manager)),
        }));

        CardValidator.AssertAllValid(cards);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void HelpCard_TellsEveryoneAboutTheDocumentsCommand(bool projectManager)
    {
        var text = HelpCard.Build(HelpTexts.English, projectManager).ToJsonString();

        Assert.Contains("**documents**", text);
        Assert.Contains("**my data**", text);
    }

    // The buttons send the command words the bot understands, whatever language their titles are in.
    [Theory]
    [InlineData("en")]
    [InlineData("hu")]
    [InlineData("pt")]
    public void HelpActions_SendTheCommandWords_InEveryLanguage(string language)
    {
        var texts = HelpTexts.For(language);
        var commands = HelpActions.For(texts, projectManager: true)["actions"]!.AsArray()
            .Select(a => (string?)a!["data"]!["command"]).ToList();

        Assert.Equal([texts.ExampleQuestion, "survey", "log meeting", "meetings", "survey results"], commands);
    }

    [Theory]
    [InlineData("nl", "Welkom")]
    [InlineData("en", "Welcome")]
    [InlineData("de", "Willkommen")]
    [InlineData("pl", "Witamy")]
    [InlineData("xx", "Welcome")]
    public void WelcomeCard_SpeaksTheUsersLanguage(string language, string expected) =>
        Assert.Contains(expected, WelcomeCard.Build(HelpTexts.For(language), projectManager: false).ToJsonString());

    [Fact]
    public void UserText_IsARunThatIsNeverParsedAsMarkdown()
    {
        var block = AdaptiveCard.UserText("**bold** [link](http://x) ${expression}");

        Assert.Equal("RichTextBlock", (string?)block["type"]);
        Assert.Equal("**bold** [link](http://x) ${expression}", (string?)block["inlines"]![0]!["text"]);
    }

    [Fact]
    public void MarkdownEscape_NeutralisesEmphasisLinksAndTags() =>
        Assert.Equal(@"\*\*bold\*\* \[x\](y) \<at\>", Markdown.Escape("**bold** [x](y) <at>"));
}
