using System.Text.Json.Nodes;
using StakeholderBot.Cards;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Cards.Tests;

public sealed class WelcomeCardTests
{
    public static readonly string[] Languages = ["en", "nl", "hu", "it", "pl", "es", "lt", "sl", "ro", "de", "pt"];

    [Fact]
    public void WelcomeAndHelpCards_AreValidInEveryLanguage()
    {
        var cards = Languages.SelectMany(language => new[]
        {
            KeyValuePair.Create($"welcome-{language}", (JsonNode)WelcomeCard.Build(HelpTexts.For(language))),
            KeyValuePair.Create($"help-{language}", (JsonNode)HelpCard.Build(HelpTexts.For(language))),
        });

        CardValidator.AssertAllValid(cards);
    }

    [Fact]
    public void HelpCard_ListsEveryCommand()
    {
        var text = HelpCard.Build(HelpTexts.English).ToJsonString();

        foreach (var command in new[] { "help", "survey", "survey results", "log meeting", "meetings", "my data" })
            Assert.Contains($"\"title\":\"{command}\"", text);
    }

    [Theory]
    [InlineData("nl", "Welkom")]
    [InlineData("en", "Welcome")]
    [InlineData("de", "Willkommen")]
    [InlineData("pl", "Witamy")]
    [InlineData("xx", "Welcome")]
    public void WelcomeCard_SpeaksTheUsersLanguage(string language, string expected) =>
        Assert.Contains(expected, WelcomeCard.Build(HelpTexts.For(language)).ToJsonString());

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
