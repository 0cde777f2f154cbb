using System.Text.Json.Nodes;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Cards.Meetings;

public static class MeetingFormCard
{
    public static JsonObject Build(MeetingFormModel model)
    {
        var inputs = new FormInputs(model.Values, model.Errors);
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(model.Edit is null ? "Log a stakeholder meeting" : "Edit meeting"),
            model.Banner is null ? null : AdaptiveCard.Text(Markdown.Escape(model.Banner), color: "Attention", weight: "Bolder"),
            AdaptiveCard.Text("Organisation names only: no names of people.", isSubtle: true, size: "Small"),
        };
        body.AddRange(Where(model, inputs));
        body.Add(Section("Participants"));
        body.AddRange(inputs.Number(ParticipantsTotal, "Participants in total", required: true));
        body.Add(AdaptiveCard.Text("By stakeholder type (may add up to less than the total):", isSubtle: true, size: "Small"));
        foreach (var type in MeetingChoices.StakeholderTypes) body.AddRange(inputs.Number(type.Value, type.Title));
        body.AddRange(inputs.Text(Organisations, "Organisations present", maxLength: OrganisationsMax * (ListLineMax + 1),
            multiline: true, placeholder: "One organisation per line"));
        body.Add(Section("Outcomes"));
        body.AddRange(inputs.Text(Topics, "Topics", maxLength: LongTextMax, multiline: true));
        body.AddRange(inputs.Text(Decisions, "Decisions", maxLength: LongTextMax, multiline: true));
        body.Add(Section("Action items"));
        body.Add(AdaptiveCard.Text("Fill a row for each action: what, owner (organisation or role), due date.", isSubtle: true, size: "Small"));
        for (var row = 1; row <= model.Rows.Count; row++) body.Add(ActionItemRow(inputs, row, model.Rows[row - 1]));
        body.Add(Section("Policy learning"));
        body.AddRange(inputs.Text(GoodPractices, "Good practices discussed", maxLength: GoodPracticesMax * (ListLineMax + 1),
            multiline: true, placeholder: "One good practice per line"));
        body.AddRange(inputs.Choices(ActionPlanStage, "Action plan stage", MeetingChoices.ActionPlanStages, placeholder: "Not applicable"));
        body.AddRange(inputs.Toggle(PolicyChangeObserved, "A change in the policy instrument was observed"));
        body.AddRange(inputs.Text(PolicyChange, "What changed in the policy instrument", maxLength: LongTextMax, multiline: true));
        body.Add(Section("Records"));
        body.AddRange(inputs.Text(MinutesUrl, "Link to the minutes", maxLength: UrlMax, style: "Url", placeholder: "https://..."));
        body.AddRange(inputs.Text(AttendanceUrl, "Link to the attendance list", maxLength: UrlMax, style: "Url", placeholder: "https://..."));
        body.AddRange(inputs.Text(Notes, "Notes", maxLength: LongTextMax, multiline: true));
        body.Add(Section("Sharing"));
        body.AddRange(inputs.Toggle(Shareable, SharingTexts.Toggle));
        body.Add(AdaptiveCard.Text(SharingTexts.Explanation, isSubtle: true, size: "Small"));
        return AdaptiveCard.Create(body,
        [
            AdaptiveCard.Execute(model.Edit is null ? "Save meeting" : "Save changes", CardVerbs.MeetingSave, SaveData(model)),
            model is { OfferReload: true, Edit: { } edit }
                ? AdaptiveCard.Execute("Open current version", CardVerbs.MeetingEdit,
                    new JsonObject { [MeetingPartition] = edit.PartitionKey, [MeetingId] = edit.MeetingId }, validate: false)
                : null,
            AdaptiveCard.Execute("Cancel", CardVerbs.MeetingCancel, validate: false),
        ], fullWidth: true);
    }

    private static IEnumerable<JsonNode> Where(MeetingFormModel model, FormInputs inputs)
    {
        if (model.Edit is null)
        {
            foreach (var node in inputs.Choices(Project, "Project", MeetingChoices.Projects, required: true)) yield return node;
            foreach (var node in inputs.Text(Partner, "Partner organisation", required: true)) yield return node;
        }
        else
        {
            // The meeting's partition is its project and partner, so those stay fixed while editing.
            var project = MeetingChoices.TitleOf(MeetingChoices.Projects, model.Values.GetValueOrDefault(Project, ""));
            yield return AdaptiveCard.Facts([("Project", project), ("Partner", model.Values.GetValueOrDefault(Partner, ""))]);
        }
        foreach (var node in inputs.Text(Region, "Region", required: true)) yield return node;
        foreach (var node in inputs.Text(PolicyInstrument, "Policy instrument addressed", required: true)) yield return node;
        foreach (var node in inputs.Choices(MeetingType, "Meeting type", MeetingChoices.MeetingTypes, required: true)) yield return node;
        foreach (var node in inputs.Date(Date, "Date", required: true)) yield return node;
        foreach (var node in inputs.Choices(Format, "Format", MeetingChoices.Formats, required: true)) yield return node;
        foreach (var node in inputs.Choices(Language, "Language", MeetingChoices.Languages, required: true)) yield return node;
    }

    private static JsonObject ActionItemRow(FormInputs inputs, int row, ActionRow state)
    {
        var title = $"Action {row}" + (state.Done ? " (done)" : "");
        return AdaptiveCard.Container(
        [
            AdaptiveCard.Text(title, weight: "Bolder", size: "Small"),
            .. inputs.Text(ActionWhat(row), "What", maxLength: ShortTextMax),
            new JsonObject
            {
                ["type"] = "ColumnSet",
                ["columns"] = new JsonArray(
                    Column(inputs.Text(ActionOwner(row), "Owner")), Column(inputs.Date(ActionDue(row), "Due date"))),
            },
        ], separator: true);
    }

    private static JsonObject Column(IEnumerable<JsonNode> items) => new()
    {
        ["type"] = "Column",
        ["width"] = "stretch",
        ["items"] = new JsonArray(items.ToArray()),
    };

    private static JsonObject Section(string title) => AdaptiveCard.Text(title, size: "Medium", weight: "Bolder", separator: true);

    private static JsonObject SaveData(MeetingFormModel model)
    {
        var data = new JsonObject { [FormId] = model.FormId, [Rows] = model.Rows.Count.ToString() };
        for (var row = 1; row <= model.Rows.Count; row++)
        {
            if (model.Rows[row - 1].ItemId is { } itemId) data[ActionId(row)] = itemId;
            if (model.Rows[row - 1].Done) data[ActionDone(row)] = "true";
        }
        if (model.Edit is { } edit)
        {
            data[Mode] = "edit";
            data[MeetingPartition] = edit.PartitionKey;
            data[MeetingId] = edit.MeetingId;
            data[MeetingFields.ETag] = edit.ETag;
            data[Project] = model.Values.GetValueOrDefault(Project, "");
            data[Partner] = model.Values.GetValueOrDefault(Partner, "");
        }
        else data[Mode] = "new";
        return data;
    }
}
