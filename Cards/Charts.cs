using System.Globalization;
using System.Text.Json.Nodes;

namespace StakeholderBot.Cards;

public sealed record ChartBar(string Label, int Count);

// Teams' chart elements with a fallback for clients that do not draw them (the adaptivecards SDK, older and
// mobile clients): the same counts as text bars, each label on its own line above its bar so a long label
// never squeezes into a narrow column. Counts, never shares: a bar of one response is not "100%".
public static class Charts
{
    private const int BarWidth = 12;

    // Categories with long names (barriers, support, bands): labels above full-width bars, the count beside each.
    public static JsonObject Bars(IReadOnlyList<ChartBar> bars, string color = "categoricalBlue") => new()
    {
        ["type"] = "Chart.HorizontalBar",
        ["displayMode"] = "AbsoluteNoAxis",
        ["color"] = color,
        ["data"] = Points(bars),
        ["fallback"] = TextBars(bars),
    };

    // A series over time (quarters, years): short labels under columns with their values on top.
    public static JsonObject Columns(IReadOnlyList<ChartBar> bars, string xAxisTitle, string yAxisTitle, string color = "categoricalTeal") => new()
    {
        ["type"] = "Chart.VerticalBar",
        ["showBarValues"] = true,
        ["color"] = color,
        ["xAxisTitle"] = xAxisTitle,
        ["yAxisTitle"] = yAxisTitle,
        ["data"] = Points(bars),
        ["fallback"] = TextBars(bars),
    };

    public static JsonObject TextBars(IReadOnlyList<ChartBar> bars)
    {
        var most = bars.Count == 0 ? 0 : bars.Max(b => b.Count);
        var items = new List<JsonNode?>();
        foreach (var bar in bars)
        {
            items.Add(AdaptiveCard.Text(Markdown.Escape(bar.Label), size: "Small"));
            var line = AdaptiveCard.Text($"{Bar(bar.Count, most)} {bar.Count.ToString(CultureInfo.InvariantCulture)}", size: "Small", weight: "Bolder");
            line["spacing"] = "None";
            items.Add(line);
        }
        return AdaptiveCard.Container(items);
    }

    // Scaled to the largest count, as a chart's bars are; at least one block for any count above zero.
    public static string Bar(int count, int most)
    {
        if (count <= 0 || most <= 0) return "·";
        var filled = Math.Max(1, (int)Math.Round((double)count / most * BarWidth, MidpointRounding.AwayFromZero));
        return new string('■', filled);
    }

    private static JsonArray Points(IEnumerable<ChartBar> bars) =>
        new(bars.Select(b => (JsonNode)new JsonObject { ["x"] = b.Label, ["y"] = b.Count }).ToArray());
}
