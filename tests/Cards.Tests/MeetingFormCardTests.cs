using Xunit;
using System.Text.Json.Nodes;
using StakeholderBot.Cards.Meetings;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Cards.Tests;

public class MeetingFormCardTests
{
    private static readonly IReadOnlyList<ActionRow> FourRows = Enumerable.Repeat(new ActionRow(null, false), 4).ToList();
    private static readonly Dictionary<string, string> None = new();
    internal static readonly IReadOnlyList<Choice> Countries = [new("hu", "Hungary"), new("it", "Italy"), new("si", "Slovenia")];

    private static JsonObject Step(int step, IReadOnlyDictionary<string, string>? values = null, IReadOnlyDictionary<string, string>? errors = null,
        MeetingEditTarget? edit = null, string? banner = null) =>
        MeetingFormCard.Build(new MeetingFormModel(values ?? None, errors ?? None, "f1", FourRows, Countries, edit, banner, Step: step));

    [Fact]
    public void MeetingForm_InFourSteps_EachFieldOnExactlyOneStep()
    {
        var perStep = Enumerable.Range(1, MeetingSteps.Count).Select(step => MeetingCardNodes.InputIds(Step(step))).ToList();
        string[] expected =
        [
            Project, Partner, Region, Country, PolicyInstrument, MeetingType, Date, Format, Language, ParticipantsTotal,
            PublicAuthority, BusinessSupport, Sme, Research, OtherStakeholder, Organisations, Topics, Decisions,
            GoodPractices, ActionPlanStage, PolicyChangeObserved, PolicyChange, MinutesUrl, AttendanceUrl, Notes,
            ActionWhat(1), ActionOwner(1), ActionDue(1), ActionWhat(4), ActionOwner(4), ActionDue(4),
        ];
        var all = perStep.SelectMany(ids => ids).ToList();
        Assert.Empty(expected.Except(all));
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.All(perStep, ids => Assert.InRange(ids.Count, 2, 14));
        Assert.Equal([Project, Partner, Region, Country, PolicyInstrument, MeetingType, Date, Format, Language], perStep[0]);
        Assert.All(all, id => Assert.Equal(perStep.FindIndex(ids => ids.Contains(id)) + 1, MeetingSteps.Of(id)));
    }

    [Fact]
    public void MeetingForm_StepsHaveBackNextAndSaveOnTheLast()
    {
        string[] Verbs(int step) => MeetingCardNodes.Actions(Step(step)).Select(a => a["verb"]!.GetValue<string>()).ToArray();

        Assert.Equal([CardVerbs.MeetingNext, CardVerbs.MeetingCancel], Verbs(1));
        Assert.Equal([CardVerbs.MeetingBack, CardVerbs.MeetingNext, CardVerbs.MeetingCancel], Verbs(2));
        Assert.Equal([CardVerbs.MeetingBack, CardVerbs.MeetingSave, CardVerbs.MeetingCancel], Verbs(4));
        Assert.Equal("Step 2 of 4: Who took part", MeetingCardNodes.AllText(Step(2)).Split('\n')[1]);
    }

    // Back keeps what was typed on the step, so it carries the inputs; the card has no client-side rule that
    // could stop it (or clamp a number) before the server sees the values.
    [Fact]
    public void MeetingForm_HasNoClientSideRules_BackCarriesTheInputs_CancelDoesNot()
    {
        var inputs = Enumerable.Range(1, MeetingSteps.Count).SelectMany(step => MeetingCardNodes.Flatten(Step(step)["body"]))
            .Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.") == true).ToList();
        Assert.All(inputs, input => Assert.False(input.ContainsKey("isRequired") || input.ContainsKey("min") || input.ContainsKey("max"),
            input.ToJsonString()));
        Assert.EndsWith(" *", inputs.Single(i => i["id"]!.GetValue<string>() == ParticipantsTotal)["label"]!.GetValue<string>());

        var actions = MeetingCardNodes.Actions(Step(3));
        Assert.Null(actions.Single(a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingBack)["associatedInputs"]);
        Assert.Equal("none", actions.Single(a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingCancel)["associatedInputs"]!.GetValue<string>());
        var data = actions.Single(a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingBack)["data"]!.AsObject();
        Assert.Equal(["formId", "step", "card"], data.Select(p => p.Key));
    }

    [Fact]
    public void MeetingForm_ShowsEachErrorUnderItsFieldAndInASummaryAtTheTop()
    {
        var values = new Dictionary<string, string> { [ParticipantsTotal] = "12", [Sme] = "4" };
        var errors = new Dictionary<string, string> { [Sme] = "Enter a whole number.", [ParticipantsTotal] = "Too few *really*" };
        var card = Step(2, values, errors);
        var body = MeetingCardNodes.Flatten(card).ToList();

        var total = body.FindIndex(n => n["id"]?.GetValue<string>() == ParticipantsTotal);
        Assert.Equal("12", body[total]["value"]!.ToJsonString());
        Assert.Equal(ParticipantsTotal + "Error", body[total + 1]["id"]!.GetValue<string>());
        // Error text is bot text shown as markdown, so anything from the user in it is escaped.
        Assert.Equal("Too few \\*really\\*", body[total + 1]["text"]!.GetValue<string>());
        var summary = body.First(n => n["style"]?.GetValue<string>() == "attention");
        var lines = MeetingCardNodes.AllText(summary).Split('\n');
        Assert.Equal(["Please correct the 2 fields marked below.", "• Participants in total: Too few \\*really\\*", "• SME: Enter a whole number."],
            lines);
        Assert.True(body.IndexOf(summary) < total);
    }

    // The country is found from a partner region, so it is not marked required; when the region is another one the
    // server asks for it beside the field, from the list the card was given.
    [Fact]
    public void MeetingForm_CountryIsAChoiceFromTheGivenList_WithItsErrorBesideIt()
    {
        var errors = new Dictionary<string, string> { [Country] = "Choose the country: \"Pomurje\" is not one of the projects' partner regions." };
        var body = MeetingCardNodes.Flatten(Step(1, new Dictionary<string, string> { [Region] = "Pomurje" }, errors)).ToList();

        var country = body.FindIndex(n => n["id"]?.GetValue<string>() == Country);
        Assert.Equal("Country", body[country]["label"]!.GetValue<string>());
        Assert.Equal(["hu", "it", "si"], body[country]["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Null(body[country]["value"]);
        int IndexOf(string id) => body.FindIndex(n => n["id"]?.GetValue<string>() == id);
        Assert.Equal(IndexOf(Region) + 1, country);
        Assert.InRange(IndexOf(Country + "Error"), country + 1, IndexOf(PolicyInstrument) - 1);
        var chosen = MeetingCardNodes.Flatten(Step(1, new Dictionary<string, string> { [Country] = "si" })).First(n => n["id"]?.GetValue<string>() == Country);
        Assert.Equal("si", chosen["value"]!.GetValue<string>());
    }

    [Fact]
    public void MeetingForm_DropsValuesItsInputTypeCannotHold()
    {
        var values = new Dictionary<string, string> { [ParticipantsTotal] = "twelve", [Date] = "15/03/2021", [Project] = "not-a-project" };
        var first = MeetingCardNodes.Flatten(Step(1, values)).ToList();
        var second = MeetingCardNodes.Flatten(Step(2, values)).ToList();
        Assert.Null(second.Single(n => n["id"]?.GetValue<string>() == ParticipantsTotal)["value"]);
        Assert.Null(first.Single(n => n["id"]?.GetValue<string>() == Date)["value"]);
        Assert.Null(first.Single(n => n["id"]?.GetValue<string>() == Project)["value"]);
    }

    [Fact]
    public void MeetingForm_InEditModeFixesProjectAndPartner()
    {
        var values = new Dictionary<string, string> { [Project] = "intra", [Partner] = "Regione Lombardia" };
        var card = MeetingFormCard.Build(new MeetingFormModel(values, None, "f2", [new("a01", true), new("a02", false)], Countries,
            new MeetingEditTarget("intra|regione-lombardia", "abc", "W/\"datetime'x'\""), OfferReload: true, Step: 1));
        var ids = MeetingCardNodes.InputIds(card);
        Assert.DoesNotContain(Project, ids);
        Assert.DoesNotContain(Partner, ids);
        Assert.Contains("Regione Lombardia", MeetingCardNodes.Flatten(card).Where(n => n["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(f => f["facts"]!.AsArray()).Select(f => f!["value"]!.GetValue<string>()));
        Assert.Contains(MeetingCardNodes.Actions(card), a => a["verb"]?.GetValue<string>() == CardVerbs.MeetingEdit);
        Assert.Contains("Action 1 (done)", MeetingCardNodes.AllText(MeetingFormCard.Build(new MeetingFormModel(values, None, "f2",
            [new("a01", true), new("a02", false)], Countries, Step: 3))));
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
