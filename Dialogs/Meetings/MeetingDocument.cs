using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// A logged meeting as a knowledge document, so questions like "what did the Lombardy stakeholders decide in
// March?" find it and cite it. Written only from the logged fields; the date is spelled out for retrieval.
public sealed record MeetingDocument(string Path, string Title, string Language, string Text)
{
    public static string PathOf(string project, string partnerSlug, string meetingId) => $"meetings/{project}/{partnerSlug}/{meetingId}";

    public static MeetingDocument From(Meeting m)
    {
        var type = MeetingChoices.TitleOf(MeetingChoices.MeetingTypes, m.MeetingType);
        var project = MeetingChoices.TitleOf(MeetingChoices.Projects, m.Project);
        var date = m.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var title = $"{type}, {m.Partner} ({m.Region}), {date}";
        var lines = new List<string>
        {
            $"{type} of the {project} project held by {m.Partner} in {m.Region} on {date} ({MeetingChoices.TitleOf(MeetingChoices.Formats, m.Format)}).",
            $"Policy instrument addressed: {m.PolicyInstrument}.",
            $"Participants: {m.ParticipantsTotal}.",
        };
        Add(lines, "Organisations present", string.Join("; ", m.Organisations));
        Add(lines, "Topics", m.Topics);
        Add(lines, $"Decisions of the {m.Region} stakeholders", m.Decisions);
        Add(lines, "Action items", string.Join("; ", m.ActionItems.Select(i => $"{i.What} (owner {i.Owner}, due {MeetingFormValues.IsoDate(i.Due)})")));
        Add(lines, "Good practices discussed", string.Join("; ", m.GoodPractices));
        if (m.ActionPlanStage.Length > 0) Add(lines, "Action plan stage", MeetingChoices.TitleOf(MeetingChoices.ActionPlanStages, m.ActionPlanStage));
        if (m.PolicyChangeObserved) Add(lines, "Policy change observed", m.PolicyChange);
        Add(lines, "Notes", m.Notes);
        var language = MeetingChoices.Contains(MeetingChoices.Languages, m.Language) ? m.Language : "en";
        return new MeetingDocument(PathOf(m.Project, MeetingKeys.Slug(m.Partner), m.Id), title, language, string.Join("\n\n", lines));
    }

    private static void Add(List<string> lines, string label, string text)
    {
        if (!string.IsNullOrWhiteSpace(text)) lines.Add($"{label}: {text.Trim()}");
    }
}
