using System.Text.Json.Nodes;
using StakeholderBot.Cards;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Escaping;

public sealed class MarkupCheckTests
{
    [Fact]
    public void RawMarkdownInATextBlockOrFact_IsAViolation_TextRunsInputsAndEscapedTextAreNot()
    {
        var hostile = MarkupCheck.Hostile();
        var rawFact = new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray(new JsonObject { ["title"] = "Note", ["value"] = hostile }) };
        var bad = AdaptiveCard.Create([AdaptiveCard.Text("You said " + hostile), rawFact]);
        var good = AdaptiveCard.Create([
            AdaptiveCard.Text("You said " + Markdown.Escape(hostile)), AdaptiveCard.UserText(hostile), AdaptiveCard.Facts([("Note", hostile)]),
            new JsonObject { ["type"] = "Input.Text", ["id"] = "q", ["value"] = hostile }]);

        Assert.Equal(2 * (MarkupCheck.Tokens.Length - 1), MarkupCheck.Violations(bad).Count);
        Assert.Empty(MarkupCheck.Violations(good));
        Assert.True(MarkupCheck.Echoes(good));
    }
}
