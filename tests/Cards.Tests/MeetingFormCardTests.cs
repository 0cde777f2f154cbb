using Xunit;
using System.Text.Json.Nodes;
using StakeholderBot.Cards.Meetings;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Cards.Tests;

public class MeetingFormCardTests
{
    private static readonly IReadOnlyList<ActionRow> FourRows = Enumerable.Repeat(new ActionRow(null, false), 4).ToList();

    [Fact]
    public void MeetingForm_HasAnInputForEveryField()
    {
        var card = MeetingFormCard.Build(new MeetingFormModel(new Dictionary<string, string>(), new Dictionary<string, string>(), "f1", FourRows));
        var ids = MeetingCardNodes.InputIds(card);
        string[] expected =
        [
            Project, Partner, Region, PolicyInstrument, MeetingType, Date, Format, Language, ParticipantsTotal,
            PublicAuthority, BusinessSupport, Sme, Research, OtherStakeholder, Organisations, Topics, Decisions,
            GoodPractices, ActionPlanStage, PolicyChangeObserved, PolicyChange, MinutesUrl, AttendanceUrl, Notes,
            ActionWhat(1), ActionOwner(1), ActionDue(1), ActionWhat(4), ActionOwner(4), ActionDue(4),
        ];
        Assert.Empty(expected.Except(ids));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    [Fact]
    public void MeetingForm_ShowsEachErrorUnderItsFieldAndKeepsTheValues()
    {
        var values = new Dictionary<string, string>
        {
            [Partner] = "Regione Lombardia", [ParticipantsTotal] = "12", [Date] = "2021-03-15", [MeetingType] = "rsg",
            [MinutesUrl] = "ftp://example.org/minutes",
        };
        var errors = new Dictionary<string, string> { [MinutesUrl] = "Enter a full web address", [ParticipantsTotal] = "Too few *really*" };
        var card = MeetingFormCard.Build(new MeetingFormModel(values, errors, "f1", FourRows, Banner: "Please correct the 2 fields"));
        var body = MeetingCardNodes.Flatten(card).ToList();

        var urlInput = body.FindIndex(n => n["id"]?.GetValue<string>() == MinutesUrl);
        Assert.Equal("ftp://example.org/minutes", body[urlInput]["value"]!.GetValue<string>());
        Assert.Equal(MinutesUrl + "Error", body[urlInput + 1]["id"]!.GetValue<string>());
        var total = body.Single(n => n["id"]?.GetValue<string>() == ParticipantsTotal);
        Assert.Equal(12, total["value"]!.GetValue<int>());
        // Error text is bot text shown as markdown, so anything from the user in it is escaped.
        var totalError = body.Single(n => n["id"]?.GetValue<string>() == ParticipantsTotal + "Error");
        Assert.Equal("Too few \\*really\\*", totalError["text"]!.GetValue<string>());
        Assert.Equal("Attention", totalError["color"]!.GetValue<string>());
        Assert.Equal("rsg", body.Single(n => n["id"]?.GetValue<string>() == MeetingType)["value"]!.GetValue<string>());
        Assert.Contains(body, n => n["text"]?.GetValue<string>() == "Please correct the 2 fields");
    }

    [Fact]
    public void MeetingForm_DropsValuesItsInputTypeCannotHold()
    {
        var values = new Dictionary<string, string> { [ParticipantsTotal] = "twelve", [Date] = "15/03/2021", [Project] = "not-a-project" };
        var body = MeetingCardNodes.Flatten(MeetingFormCard.Build(
            new MeetingFormModel(values, new Dictionary<string, string>(), "f1", FourRows))).ToList();
        Assert.Null(body.Single(n => n["id"]?.GetValue<string>() == ParticipantsTotal)["value"]);
        Assert.Null(body.Single(n => n["id"]?.GetValue<string>() == Date)["value"]);
        Assert.Null(body.Single(n => n["id"]?.GetValue<string>() == Project)["value"]);
    }

    [Fact]
    public void MeetingForm_InEditModeFixesProjectAndPartnerAndCarriesTheETag()
    {
        var values = new Dictionary<string, string> { [Project] = "intra", [Partner] = "Regione Lombardia" };
        IReadOnlyList<ActionRow> rows = [new("a01", true), new("a02", false), new(null, false), new(null, false)];
        var card = MeetingFormCard.Build(new MeetingFormModel(values, new Dictionary<string, string>(), "f2", rows,
            new MeetingEditTarget("intra|regione-lombardia", "abc", "W/\"datetime'x'\""), OfferReload: true));
        var ids = MeetingCardNodes.InputIds(card);
        Assert.DoesNotContain(Project, ids);
        Assert.DoesNotContain(Partner, ids);

        var save = MeetingCardNodes.Actions(card).Single(a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingSave);
        var data = save["data"]!.AsObject();
        Assert.Equal("edit", data[Mode]!.GetValue<string>());
        Assert.Equal("W/\"datetime'x'\"", data[MeetingFields.ETag]!.GetValue<string>());
        Assert.Equal("intra", data[Project]!.GetValue<string>());
        Assert.Equal("a01", data[ActionId(1)]!.GetValue<string>());
        Assert.Equal("true", data[ActionDone(1)]!.GetValue<string>());
        Assert.Null(data[ActionId(3)]);
        Assert.Contains(MeetingCardNodes.Actions(card), a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingEdit);
    }

    [Fact]
    public void MeetingForm_CancelSkipsClientValidation()
    {
        var card = MeetingFormCard.Build(new MeetingFormModel(new Dictionary<string, string>(), new Dictionary<string, string>(), "f1", FourRows));
        var cancel = MeetingCardNodes.Actions(card).Single(a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingCancel);
        Assert.Equal("none", cancel["associatedInputs"]!.GetValue<string>());
    }
}

internal static class MeetingCardNodes
{
    public static IEnumerable<JsonObject> Flatten(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                    foreach (var inner in Flatten(child)) yield return inner;
                break;
            case JsonArray array:
                foreach (var child in array)
                    foreach (var inner in Flatten(child)) yield return inner;
                break;
        }
    }

    public static List<string> InputIds(JsonObject card) => Flatten(card["body"])
        .Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.") == true)
        .Select(n => n["id"]!.GetValue<string>()).ToList();

    public static List<JsonObject> Actions(JsonObject card) => Flatten(card)
        .Where(n => n["type"]?.GetValue<string>() is "Action.Execute" or "Action.OpenUrl").ToList();

    public static string AllText(JsonObject card) => string.Join("\n", Flatten(card)
        .Select(n => n["text"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).Where(s => s is not null));
}
