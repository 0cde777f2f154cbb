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
        var unknownElement = AdaptiveCard.Create([new JsonObject { ["type"] = "Gadget" }]);
        var chartWithoutFallback = AdaptiveCard.Create([Chart("Chart.Pie", new JsonObject { ["legend"] = "a", ["value"] = 1 })]);
        var tooLarge = AdaptiveCard.Create(Enumerable.Range(0, 300).Select(i => (JsonNode)AdaptiveCard.Text(new string('x', 100))));
        var wrongVersion = AdaptiveCard.Create([AdaptiveCard.Text("x")]);
        wrongVersion["version"] = "1.6";
        var badValue = AdaptiveCard.Create([AdaptiveCard.Text("x", size: "Huge")]);

        var results = CardValidator.ValidateAll(new Dictionary<string, JsonNode>
        {
            ["no input id"] = noInputId,
            ["no verb"] = noVerb,
            ["unknown element"] = unknownElement,
            ["chart without fallback"] = chartWithoutFallback,
            ["too large"] = tooLarge,
            ["wrong version"] = wrongVersion,
            ["bad value"] = badValue,
            ["fine"] = AdaptiveCard.Create([AdaptiveCard.Text("x")]),
        });

        Assert.Contains(results["no input id"], e => e.Contains("has no id"));
        Assert.Contains(results["no verb"], e => e.Contains("has no verb"));
        Assert.Contains(results["unknown element"], e => e.Contains("UnknownElementType"));
        Assert.Contains(results["chart without fallback"], e => e.Contains("has no fallback element"));
        Assert.Contains(results["too large"], e => e.StartsWith("size:"));
        Assert.Contains(results["wrong version"], e => e.Contains("version must be \"1.5\""));
        Assert.Contains(results["bad value"], e => e.Contains("InvalidPropertyValue"));
        Assert.Empty(results["fine"]);
    }

    // Teams draws its chart elements; other clients (and the SDK) render the fallback, which must be valid too.
    [Fact]
    public void CardValidator_AcceptsTeamsChartsWithAFallback_AndChecksTheirDataAndFallback()
    {
        var fallback = AdaptiveCard.Text("3 responses");
        var good = AdaptiveCard.Create([
            Chart("Chart.VerticalBar", new JsonObject { ["x"] = "Q1 2021", ["y"] = 3 }, fallback),
            Chart("Chart.HorizontalBar", new JsonObject { ["x"] = "Foreign languages", ["y"] = 2 }, fallback),
            Chart("Chart.Pie", new JsonObject { ["legend"] = "Getting started", ["value"] = 4 }, fallback)]);
        var pointForAPie = AdaptiveCard.Create([Chart("Chart.Pie", new JsonObject { ["x"] = "a", ["y"] = 1 }, fallback)]);
        var badFallback = AdaptiveCard.Create([Chart("Chart.VerticalBar", new JsonObject { ["x"] = "a", ["y"] = 1 },
            AdaptiveCard.Text("x", size: "Huge"))]);
        var notAChart = AdaptiveCard.Create([Chart("Chart.Radar", new JsonObject { ["x"] = "a", ["y"] = 1 }, fallback)]);

        var results = CardValidator.ValidateAll(new Dictionary<string, JsonNode>
        {
            ["good"] = good, ["pie with points"] = pointForAPie, ["bad fallback"] = badFallback, ["radar"] = notAChart,
        });

        Assert.Empty(results["good"]);
        Assert.Contains(results["pie with points"], e => e.Contains("is not a data point of this chart type"));
        Assert.Contains(results["bad fallback"], e => e.Contains("InvalidPropertyValue"));
        Assert.Contains(results["radar"], e => e.Contains("UnknownElementType"));
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

    private static JsonObject Chart(string type, JsonObject point, JsonObject? fallback = null)
    {
        var chart = new JsonObject { ["type"] = type, ["data"] = new JsonArray(point) };
        if (fallback is not null) chart["fallback"] = fallback.DeepClone();
        return chart;
    }

    private static JsonObject Input(string id) =>
        new() { ["type"] = "Input.Text", ["id"] = id, ["label"] = "Name" };
}
