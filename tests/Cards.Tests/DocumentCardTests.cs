using System.Text.Json.Nodes;
using StakeholderBot.Cards.Documents;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Cards.Tests;

// The documents cards through the adaptivecards SDK at 1.5, and what they promise: actions only where the reader
// may use them, document text never formatted as markdown.
public class DocumentCardTests
{
    private static readonly DocumentTexts En = DocumentTexts.For("en");
    private static readonly DocumentTexts De = DocumentTexts.For("de");

    public static TheoryData<string> Languages => new() { "en", "nl", "de", "hu", "it", "pl", "es", "lt", "sl", "ro", "pt" };

    private static readonly DocumentView Added = new("library/plan.pdf", "Action plan *Lombardy*", "plan.pdf", "PDF", 12, 40, "en",
        "Marta Kowalska", new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.Zero), null, Manageable: true);

    private static readonly DocumentView Shipped = new("upgradesme-project.md", "UpGradeSME", "upgradesme-project.md", "MD", 0, 9, "en", null, null,
        null, Manageable: false);

    private static readonly DocumentView Scanned = Added with { Path = "library/scan.pdf", Title = "scan", FileName = "scan.pdf", Pages = 0, Passages = 0,
        Problem = "no text: its pages are images (a scan?)" };

    [Fact]
    public void DocumentCards_AreValidAdaptiveCards15() => CardValidator.AssertAllValid(new Dictionary<string, JsonNode>
    {
        ["list for a manager"] = DocumentsListCard.Build([Added, Shipped, Scanned], forManager: true, En),
        ["list for a stakeholder"] = DocumentsListCard.Build([Added with { Manageable = false }, Shipped], forManager: false, En),
        ["empty list"] = DocumentsListCard.Build([], forManager: true, En),
        ["added"] = DocumentCards.Added(Added, replaced: false, En),
        ["replaced"] = DocumentCards.Added(Added, replaced: true, En),
        ["confirm replace"] = DocumentCards.ConfirmReplace(Added, "\"0x8DE\"", "0123456789abcdef0123456789abcdef", 14, "Action plan 2027", En),
        ["confirm remove"] = DocumentCards.ConfirmRemove(Added, En),
        ["done"] = DocumentCards.Done("Nothing was changed.", En),
    });

    [Fact]
    public void List_OffersReplaceAndRemove_OnlyOnManageableDocuments()
    {
        var card = DocumentsListCard.Build([Added, Shipped, Scanned], forManager: true, En);

        var actions = Nodes(card).Where(n => (string?)n["type"] == "Action.Execute").ToList();
        Assert.Equal([CardVerbs.DocumentReplace, CardVerbs.DocumentRemove, CardVerbs.DocumentReplace, CardVerbs.DocumentRemove],
            actions.Select(a => (string)a["verb"]!));
        Assert.Equal(["library/plan.pdf", "library/plan.pdf", "library/scan.pdf", "library/scan.pdf"], actions.Select(a => (string)a["data"]!["path"]!));
        Assert.Contains(Nodes(card), n => (string?)n["text"] == "Not indexed: no text: its pages are images (a scan?)");
    }

    [Fact]
    public void List_ShowsWhoAddedWhat_AndEscapesTitles()
    {
        var texts = Nodes(DocumentsListCard.Build([Added, Shipped], forManager: false, En)).Select(n => (string?)n["text"]).OfType<string>().ToList();

        Assert.Contains(@"Action plan \*Lombardy\*", texts);
        Assert.Contains("plan.pdf · PDF · 12 pages · 40 passages · en · added by Marta Kowalska, 6 Dec 2026, 09:30 UTC", texts);
        Assert.Contains("upgradesme-project.md · MD · 9 passages · en · shipped with the bot", texts);
    }

    [Fact]
    public void ReplaceConfirmation_CarriesTheStagedFileAndTheVersionShown()
    {
        var card = DocumentCards.ConfirmReplace(Added, "\"0x8DE\"", "0123456789abcdef0123456789abcdef", 14, "Action plan 2027", En);

        var replace = Nodes(card).Single(n => (string?)n["verb"] == CardVerbs.DocumentReplaceConfirm);
        Assert.Equal("0123456789abcdef0123456789abcdef", (string?)replace["data"]!["staged"]);
        Assert.Equal("\"0x8DE\"", (string?)replace["data"]!["version"]);
        Assert.Equal("library/plan.pdf", (string?)replace["data"]!["path"]);
    }

    [Fact]
    public void GermanCards_AreValidAdaptiveCards15_AndSpeakGerman()
    {
        var list = DocumentsListCard.Build([Added, Shipped, Scanned], forManager: true, De);
        var added = DocumentCards.Added(Added, replaced: false, De);
        CardValidator.AssertAllValid(new Dictionary<string, JsonNode>
        {
            ["list"] = list,
            ["added"] = added,
            ["confirm replace"] = DocumentCards.ConfirmReplace(Added, "\"0x8DE\"", "0123456789abcdef0123456789abcdef", 14, "Aktionsplan 2027", De),
            ["confirm remove"] = DocumentCards.ConfirmRemove(Added, De),
        });

        var texts = Nodes(list).Select(n => (string?)n["text"] ?? (string?)n["title"]).OfType<string>().ToList();
        Assert.Contains("Projektdokumente (3)", texts);
        Assert.Contains("plan.pdf · PDF · Seiten: 12 · Abschnitte: 40 · en · hinzugefügt von Marta Kowalska, 6. Dez. 2026, 09:30 UTC", texts);
        Assert.Contains("upgradesme-project.md · MD · Abschnitte: 9 · en · mit dem Bot ausgeliefert", texts);
        Assert.Contains("Ersetzen", texts);
        Assert.Contains("Entfernen", texts);
        Assert.Contains(Nodes(added), n => (string?)n["text"] == "Dokument hinzugefügt");
        Assert.Contains(Nodes(added), n => (string?)n["title"] == "Seiten" && (string?)n["value"] == "12");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguage_HasEveryText_WithTheEnglishPlaceholders(string language)
    {
        var texts = DocumentTexts.For(language);
        Assert.True(language == "en" || !ReferenceEquals(texts, En), $"{language} falls back to English");
        // Culture is "" (invariant) for English; the date below shows each language's culture exists here.
        var required = typeof(DocumentTexts).GetProperties()
            .Where(p => p.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute), false) && p.Name != nameof(DocumentTexts.Culture))
            .ToList();
        Assert.True(required.Count > 60);
        foreach (var property in required)
        {
            var english = (string)property.GetValue(En)!;
            var text = (string?)property.GetValue(texts);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language}.{property.Name} is empty");
            Assert.Equal(Placeholders(english), Placeholders(text!));
        }
        Assert.NotEmpty(texts.Date(new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.Zero)));
    }

    private static List<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Distinct().Order()];

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Nodes(p.Value))),
        JsonArray array => array.SelectMany(Nodes),
        _ => [],
    };
}
