using System.Text.Json.Nodes;
using StakeholderBot.Cards;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Cards.Tests;

// The harness itself must reject what Teams would reject, or every card test built on it proves nothing.
public class CardValidatorTests
{
    [Fact]
    public void CardValidator_AcceptsWellFormedExecuteCard()
    {
        var card = AdaptiveCard.Create(
            [AdaptiveCard.Text("Hello"), Input("name")],
            [AdaptiveCard.Execute("Go", "test.go")]);

        Assert.Empty(CardValidator.Validate(card));
    }

    [Fact]
    public void CardValidator_ReportsEachProblemPerCard()
    {
        var noInputId = AdaptiveCard.Create([new JsonObject { ["type"] = "Input.Text", ["label"] = "x" }]);
        var noVerb = AdaptiveCard.Create([AdaptiveCard.Text("x")],
            [new JsonObject { ["type"] = "Action.Execute", ["title"] = "Go" }]);
        var unknownElement = AdaptiveCard.Create([new JsonObject { ["type"] = "Chart.Donut" }]);
        var tooLarge = AdaptiveCard.Create(Enumerable.Range(0, 300).Select(i => (JsonNode)AdaptiveCard.Text(new string('x', 100))));
        var wrongVersion = AdaptiveCard.Create([AdaptiveCard.Text("x")]);
        wrongVersion["version"] = "1.6";
        var badValue = AdaptiveCard.Create([AdaptiveCard.Text("x", size: "Huge")]);

        var results = CardValidator.ValidateAll(new Dictionary<string, JsonNode>
        {
            ["no input id"] = noInputId,
            ["no verb"] = noVerb,
            ["unknown element"] = unknownElement,
            ["too large"] = tooLarge,
            ["wrong version"] = wrongVersion,
            ["bad value"] = badValue,
            ["fine"] = AdaptiveCard.Create([AdaptiveCard.Text("x")]),
        });

        Assert.Contains(results["no input id"], e => e.Contains("has no id"));
        Assert.Contains(results["no verb"], e => e.Contains("has no verb"));
        Assert.Contains(results["unknown element"], e => e.Contains("UnknownElementType"));
        Assert.Contains(results["too large"], e => e.StartsWith("size:"));
        Assert.Contains(results["wrong version"], e => e.Contains("version must be \"1.5\""));
        Assert.Contains(results["bad value"], e => e.Contains("InvalidPropertyValue"));
        Assert.Empty(results["fine"]);
    }

    [Fact]
    public void CardValidator_ChecksInputsInsideShowCards()
    {
        var inner = AdaptiveCard.Create([new JsonObject { ["type"] = "Input.Number" }]);
        var card = AdaptiveCard.Create([AdaptiveCard.Text("x")],
            [new JsonObject { ["type"] = "Action.ShowCard", ["title"] = "More", ["card"] = inner }]);

        Assert.Contains(CardValidator.Validate(card), e => e.Contains("Input.Number at $.actions[0].card.body[0] has no id"));
    }

    [Fact]
    public void AssertValid_FailsWithTheCardNameAndError()
    {
        var card = AdaptiveCard.Create([new JsonObject { ["type"] = "Input.Text" }]);

        var failure = Assert.ThrowsAny<Exception>(() => CardValidator.AssertValid("my card", card));

        Assert.Contains("my card", failure.Message);
        Assert.Contains("has no id", failure.Message);
    }

    private static JsonObject Input(string id) =>
        new() { ["type"] = "Input.Text", ["id"] = id, ["label"] = "Name" };
}
