using System.Text.Json.Nodes;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Cards.Meetings;

// Shown in place of the form once a meeting is stored: what was saved, links, and Edit. Country is the stored
// country's name, shown with the region.
public static class MeetingConfirmationCard
{
    public static JsonObject Build(IReadOnlyDictionary<string, string> values, IReadOnlyList<ActionRow> rows,
        string partitionKey, string meetingId, string heading, string? country = null)
    {
        string V(string id) => values.GetValueOrDefault(id, "");
        var facts = new List<(string, string)>
        {
            ("Project", MeetingChoices.TitleOf(MeetingChoices.Projects, V(Project))),
            ("Partner", V(Partner)),
            ("Region", country is null ? V(Region) : $"{V(Region)}, {country}"),
            ("Date", V(Date)),
            ("Type", MeetingChoices.TitleOf(MeetingChoices.MeetingTypes, V(MeetingType))),
            ("Format", MeetingChoices.TitleOf(MeetingChoices.Formats, V(Format))),
            ("Language", MeetingChoices.TitleOf(MeetingChoices.Languages, V(Language))),
            ("Policy instrument", V(PolicyInstrument)),
            ("Participants", V(ParticipantsTotal)),
        };
        foreach (var type in MeetingChoices.StakeholderTypes)
        {
            if (V(type.Value) is { Length: > 0 } count && count != "0") facts.Add(("  " + type.Title, count));
        }
        if (V(ActionPlanStage) is { Length: > 0 } stage) facts.Add(("Action plan stage", MeetingChoices.TitleOf(MeetingChoices.ActionPlanStages, stage)));
        facts.Add(("Policy change observed", V(PolicyChangeObserved) == "true" ? "Yes" : "No"));
        facts.Add(("Shared with stakeholders", V(Shareable) == "true" ? SharingTexts.Shared : SharingTexts.Internal));

        var body = new List<JsonNode?> { AdaptiveCard.Heading(heading), AdaptiveCard.Facts(facts) };
        body.AddRange(Block("Organisations present", V(Organisations)));
        body.AddRange(Block("Topics", V(Topics)));
        body.AddRange(Block("Decisions", V(Decisions)));
        body.AddRange(Block("Action items", ActionLines(values, rows)));
        body.AddRange(Block("Good practices discussed", V(GoodPractices)));
        body.AddRange(Block("What changed in the policy instrument", V(PolicyChange)));
        body.AddRange(Block("Notes", V(Notes)));

        var actions = new List<JsonNode?>
        {
            AdaptiveCard.Execute("Edit", CardVerbs.MeetingEdit, new JsonObject { [MeetingPartition] = partitionKey, [MeetingId] = meetingId },
                validate: false),
        };
        if (V(MinutesUrl) is { Length: > 0 } minutes) actions.Add(AdaptiveCard.OpenUrl("Minutes", minutes));
        if (V(AttendanceUrl) is { Length: > 0 } attendance) actions.Add(AdaptiveCard.OpenUrl("Attendance list", attendance));
        return AdaptiveCard.Create(body, actions);
    }

    private static string ActionLines(IReadOnlyDictionary<string, string> values, IReadOnlyList<ActionRow> rows)
    {
        var lines = new List<string>();
        for (var row = 1; row <= rows.Count; row++)
        {
            var what = values.GetValueOrDefault(ActionWhat(row), "");
            if (what.Length == 0) continue;
            var done = rows[row - 1].Done ? " (done)" : "";
            lines.Add($"{what} | {values.GetValueOrDefault(ActionOwner(row), "")} | due {values.GetValueOrDefault(ActionDue(row), "")}{done}");
        }
        return string.Join("\n", lines);
    }

    internal static IEnumerable<JsonNode> Block(string label, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        yield return AdaptiveCard.Text(label, weight: "Bolder", size: "Small");
        yield return AdaptiveCard.UserText(text);
    }
}
