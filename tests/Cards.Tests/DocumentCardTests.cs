using System.Text.Json.Nodes;
using StakeholderBot.Cards.Documents;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Cards.Tests;

// The documents cards through the adaptivecards SDK at 1.5, and what they promise: actions only where the reader
// may use them, document text never formatted as markdown.
public class DocumentCardTests
{
    private static readonly DocumentView Added = new("library/plan.pdf", "Action plan *Lombardy*", "plan.pdf", "PDF", 12, 40, "en",
        "Marta Kowalska", new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.Zero), null, Manageable: true);

    private static readonly DocumentView Shipped = new("upgradesme-project.md", "UpGradeSME", "upgradesme-project.md", "MD", 0, 9, "en", null, null,
        null, Manageable: false);

    private static readonly DocumentView Scanned = Added with { Path = "library/scan.pdf", Title = "scan", FileName = "scan.pdf", Pages = 0, Passages = 0,
        Problem = "no text: its pages are images (a scan?)" };

    [Fact]
    public void DocumentCards_AreValidAdaptiveCards15() => CardValidator.AssertAllValid(new Dictionary<string, JsonNode>
    {
        ["list for a manager"] = DocumentsListCard.Build([Added, Shipped, Scanned], forManager: true),
        ["list for a stakeholder"] = DocumentsListCard.Build([Added with { Manageable = false }, Shipped], forManager: false),
        ["empty list"] = DocumentsListCard.Build([], forManager: true),
        ["added"] = DocumentCards.Added(Added, replaced: false),
        ["replaced"] = DocumentCards.Added(Added, replaced: true),
        ["confirm replace"] = DocumentCards.ConfirmReplace(Added, "\"0x8DE\"", "0123456789abcdef0123456789abcdef", 14, "Action plan 2027"),
        ["confirm remove"] = DocumentCards.ConfirmRemove(Added),
        ["done"] = DocumentCards.Done("Nothing was changed."),
    });

    [Fact]
    public void List_OffersReplaceAndRemove_OnlyOnManageableDocuments()
    {
        var card = DocumentsListCard.Build([Added, Shipped, Scanned], forManager: true);

        var actions = Nodes(card).Where(n => (string?)n["type"] == "Action.Execute").ToList();
        Assert.Equal([CardVerbs.DocumentReplace, CardVerbs.DocumentRemove, CardVerbs.DocumentReplace, CardVerbs.DocumentRemove],
            actions.Select(a => (string)a["verb"]!));
        Assert.Equal(["library/plan.pdf", "library/plan.pdf", "library/scan.pdf", "library/scan.pdf"], actions.Select(a => (string)a["data"]!["path"]!));
        Assert.Contains(Nodes(card), n => (string?)n["text"] == "Not indexed: no text: its pages are images (a scan?)");
    }

    [Fact]
    public void List_ShowsWhoAddedWhat_AndEscapesTitles()
    {
        var texts = Nodes(DocumentsListCard.Build([Added, Shipped], forManager: false)).Select(n => (string?)n["text"]).OfType<string>().ToList();

        Assert.Contains(@"Action plan \*Lombardy\*", texts);
        Assert.Contains("plan.pdf · PDF · 12 pages · 40 passages · en · added by Marta Kowalska, 6 Dec 2026, 09:30 UTC", texts);
        Assert.Contains("upgradesme-project.md · MD · 9 passages · en · shipped with the bot", texts);
    }

    [Fact]
    public void ReplaceConfirmation_CarriesTheStagedFileAndTheVersionShown()
    {
        var card = DocumentCards.ConfirmReplace(Added, "\"0x8DE\"", "0123456789abcdef0123456789abcdef", 14, "Action plan 2027");

        var replace = Nodes(card).Single(n => (string?)n["verb"] == CardVerbs.DocumentReplaceConfirm);
        Assert.Equal("0123456789abcdef0123456789abcdef", (string?)replace["data"]!["staged"]);
        Assert.Equal("\"0x8DE\"", (string?)replace["data"]!["version"]);
        Assert.Equal("library/plan.pdf", (string?)replace["data"]!["path"]);
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Nodes(p.Value))),
        JsonArray array => array.SelectMany(Nodes),
        _ => [],
    };
}
