using System.Text.Json.Nodes;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Cards.Meetings;

// One step of the meeting form: what it is about, a summary of this step's problems at the top, the fields
// with their errors beside them, and Back / Next (Save on the last step). The values of the other steps are
// kept on the server, so every button carries only the form, its step and the card number.
public static class MeetingFormCard
{
    public static JsonObject Build(MeetingFormModel model)
    {
        var inputs = new FormInputs(model.Values, model.Errors);
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(model.Edit is null ? "Log a stakeholder meeting" : "Edit meeting"),
            AdaptiveCard.Text($"Step {model.Step} of {MeetingSteps.Count}: {MeetingSteps.Title(model.Step)}", weight: "Bolder", id: "step"),
            model.Notice is null ? null : AdaptiveCard.Notice(model.Notice),
            Summary(model),
        };
        body.AddRange(model.Step switch
        {
            1 => WhatAndWhen(model, inputs),
            2 => WhoTookPart(inputs),
            3 => DecisionsAndActions(model, inputs),
            _ => PolicyLearningAndLinks(inputs),
        });
        return AdaptiveCard.Create(body, Buttons(model), fullWidth: true);
    }

    // The problems of this step, at the top where the user looks after pressing a button; each is also beside its field.
    private static JsonObject? Summary(MeetingFormModel model)
    {
        if (model.Banner is null && model.Errors.Count == 0) return null;
        var lines = new List<JsonNode?>
        {
            AdaptiveCard.Text(Markdown.Escape(model.Banner ?? Count(model.Errors.Count)), weight: "Bolder", id: "error"),
        };
        var ordered = MeetingSteps.FieldsOf(model.Step, model.Rows.Count).Where(model.Errors.ContainsKey);
        lines.AddRange(ordered.Select(id => AdaptiveCard.Text(Markdown.Escape($"• {MeetingSteps.Label(id)}: {model.Errors[id]}"), size: "Small")));
        return AdaptiveCard.Container(lines, style: "attention");
    }

    private static string Count(int errors) =>
        errors == 1 ? "Please correct the field marked below." : $"Please correct the {errors} fields marked below.";

    private static IEnumerable<JsonNode> WhatAndWhen(MeetingFormModel model, FormInputs inputs)
    {
        yield return AdaptiveCard.Text("Fields marked * are required. Organisation names only: no names of people.", isSubtle: true, size: "Small");
        if (model.Edit is null)
        {
            foreach (var node in inputs.Choices(Project, MeetingChoices.Projects)) yield return node;
            foreach (var node in inputs.Text(Partner)) yield return node;
        }
        else
        {
            // The meeting's partition is its project and partner, so those stay fixed while editing.
            var project = MeetingChoices.TitleOf(MeetingChoices.Projects, model.Values.GetValueOrDefault(Project, ""));
            yield return AdaptiveCard.Facts([("Project", project), ("Partner", model.Values.GetValueOrDefault(Partner, ""))]);
        }
        foreach (var node in inputs.Text(Region)) yield return node;
        // Found from the region for the projects' partner regions; asked for when the region is another one.
        foreach (var node in inputs.Choices(Country, model.Countries, "Filled in for the projects' partner regions")) yield return node;
        foreach (var node in inputs.Text(PolicyInstrument)) yield return node;
        foreach (var node in inputs.Choices(MeetingType, MeetingChoices.MeetingTypes)) yield return node;
        foreach (var node in inputs.Date(Date)) yield return node;
        foreach (var node in inputs.Choices(Format, MeetingChoices.Formats)) yield return node;
        foreach (var node in inputs.Choices(Language, MeetingChoices.Languages)) yield return node;
    }

    private static IEnumerable<JsonNode> WhoTookPart(FormInputs inputs)
    {
        foreach (var node in inputs.Number(ParticipantsTotal)) yield return node;
        yield return AdaptiveCard.Text("By stakeholder type (may add up to less than the total):", isSubtle: true, size: "Small");
        foreach (var type in MeetingChoices.StakeholderTypes)
            foreach (var node in inputs.Number(type.Value)) yield return node;
        foreach (var node in inputs.Text(Organisations, OrganisationsMax * (ListLineMax + 1), multiline: true,
            placeholder: "One organisation per line (no names of people)")) yield return node;
    }

    private static IEnumerable<JsonNode> DecisionsAndActions(MeetingFormModel model, FormInputs inputs)
    {
        foreach (var node in inputs.Text(Topics, LongTextMax, multiline: true)) yield return node;
        foreach (var node in inputs.Text(Decisions, LongTextMax, multiline: true)) yield return node;
        yield return AdaptiveCard.Text("Action items", size: "Medium", weight: "Bolder", separator: true);
        yield return AdaptiveCard.Text("Fill a row for each action: what, owner (organisation or role), due date.", isSubtle: true, size: "Small");
        for (var row = 1; row <= model.Rows.Count; row++) yield return ActionItemRow(inputs, row, model.Rows[row - 1]);
    }

    private static IEnumerable<JsonNode> PolicyLearningAndLinks(FormInputs inputs)
    {
        foreach (var node in inputs.Text(GoodPractices, GoodPracticesMax * (ListLineMax + 1), multiline: true,
            placeholder: "One good practice per line")) yield return node;
        foreach (var node in inputs.Choices(ActionPlanStage, MeetingChoices.ActionPlanStages, placeholder: "Not applicable")) yield return node;
        foreach (var node in inputs.Toggle(PolicyChangeObserved)) yield return node;
        foreach (var node in inputs.Text(PolicyChange, LongTextMax, multiline: true)) yield return node;
        yield return AdaptiveCard.Text("Records", size: "Medium", weight: "Bolder", separator: true);
        foreach (var node in inputs.Text(MinutesUrl, UrlMax, style: "Url", placeholder: "https://...")) yield return node;
        foreach (var node in inputs.Text(AttendanceUrl, UrlMax, style: "Url", placeholder: "https://...")) yield return node;
        foreach (var node in inputs.Text(Notes, LongTextMax, multiline: true)) yield return node;
        yield return AdaptiveCard.Text("Sharing", size: "Medium", weight: "Bolder", separator: true);
        foreach (var node in inputs.Toggle(Shareable)) yield return node;
        yield return AdaptiveCard.Text(SharingTexts.Explanation, isSubtle: true, size: "Small");
    }

    private static JsonObject ActionItemRow(FormInputs inputs, int row, ActionRow state)
    {
        var title = $"Action {row}" + (state.Done ? " (done)" : "");
        return AdaptiveCard.Container(
        [
            AdaptiveCard.Text(title, weight: "Bolder", size: "Small"),
            .. inputs.Text(ActionWhat(row), label: "What"),
            new JsonObject
            {
                ["type"] = "ColumnSet",
                ["columns"] = new JsonArray(
                    Column(inputs.Text(ActionOwner(row), label: "Owner")), Column(inputs.Date(ActionDue(row), label: "Due date"))),
            },
        ], separator: true);
    }

    private static JsonObject Column(IEnumerable<JsonNode> items) => new()
    {
        ["type"] = "Column",
        ["width"] = "stretch",
        ["items"] = new JsonArray(items.ToArray()),
    };

    // Back and Next carry what is on the card so nothing typed is lost either way; Cancel and Start over carry nothing.
    private static IEnumerable<JsonNode?> Buttons(MeetingFormModel model)
    {
        var data = new JsonObject { [FormId] = model.FormId, [Step] = model.Step, [Card] = model.Card };
        JsonObject With() => (JsonObject)data.DeepClone();
        if (model.Step > 1) yield return AdaptiveCard.Execute("Back", CardVerbs.MeetingBack, With());
        yield return model.Step < MeetingSteps.Count
            ? AdaptiveCard.Execute("Next", CardVerbs.MeetingNext, With())
            : AdaptiveCard.Execute(model.Edit is null ? "Save meeting" : "Save changes", CardVerbs.MeetingSave, With());
        if (model is { OfferReload: true, Edit: { } edit })
            yield return AdaptiveCard.Execute("Open current version", CardVerbs.MeetingEdit,
                new JsonObject { [MeetingPartition] = edit.PartitionKey, [MeetingId] = edit.MeetingId }, validate: false);
        if (model.OfferStartOver) yield return AdaptiveCard.Execute("Start a new meeting", CardVerbs.MeetingStartOver, With(), validate: false);
        yield return AdaptiveCard.Execute("Cancel", CardVerbs.MeetingCancel, With(), validate: false);
    }
}
