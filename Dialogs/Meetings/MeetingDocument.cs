using StakeholderBot.Cards.Meetings;
using StakeholderBot.Knowledge;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// A logged meeting as knowledge documents, so questions like "what did the Lombardy stakeholders decide in March?"
// find it and cite it. The access rule for meeting records lives here: the whole record is for project managers;
// a meeting marked shareable also has a shared view for everyone else, with its decisions and counts and nothing
// more. Written only from the logged fields; the date is spelled out for retrieval.
public sealed record MeetingDocument(string Path, string Title, string Language, string Text, Audience Audience)
{
    public const string Root = "meetings/";
    private const string SharedSuffix = "/shared";

    public static string PathOf(string project, string partnerSlug, string meetingId) => $"{Root}{project}/{partnerSlug}/{meetingId}";

    public static string SharedPathOf(string recordPath) => recordPath + SharedSuffix;

    // The meeting's record path for any of its documents' paths ("meetings/{project}/{slug}/{id}[/shared]").
    public static string? RecordPathOf(string path)
    {
        var segments = path.Split('/');
        return segments.Length is 4 or 5 && path.StartsWith(Root, StringComparison.Ordinal) && (segments.Length == 4 || "/" + segments[4] == SharedSuffix)
            ? string.Join('/', segments.Take(4))
            : null;
    }

    // Where the stored meeting behind a record path lives (partition key, meeting id).
    public static (string PartitionKey, string MeetingId) StoredKeyOf(string recordPath)
    {
        var segments = recordPath.Split('/');
        return (segments[1] + "|" + segments[2], segments[3]);
    }

    // The documents a meeting is indexed as: its record, and its shared view when it is shareable.
    public static IReadOnlyList<MeetingDocument> For(Meeting m)
    {
        var record = Record(m);
        return m.Shareable ? [record, Shared(m, record.Path)] : [record];
    }

    private static MeetingDocument Record(Meeting m)
    {
        var lines = new List<string>
        {
            Opening(m),
            $"Policy instrument addressed: {m.PolicyInstrument}.",
            Participants(m),
        };
        Add(lines, "Organisations present", string.Join("; ", m.Organisations));
        Add(lines, "Topics", m.Topics);
        Add(lines, $"Decisions of the {m.Region} stakeholders", m.Decisions);
        Add(lines, "Action items", string.Join("; ", m.ActionItems.Select(i => $"{i.What} (owner {i.Owner}, due {MeetingFormValues.IsoDate(i.Due)})")));
        Add(lines, "Good practices discussed", string.Join("; ", m.GoodPractices));
        if (m.ActionPlanStage.Length > 0) Add(lines, "Action plan stage", MeetingChoices.TitleOf(MeetingChoices.ActionPlanStages, m.ActionPlanStage));
        if (m.PolicyChangeObserved) Add(lines, "Policy change observed", m.PolicyChange);
        Add(lines, "Notes", m.Notes);
        return new MeetingDocument(PathOf(m.Project, MeetingKeys.Slug(m.Partner), m.Id), TitleOf(m), LanguageOf(m), string.Join("\n\n", lines),
            Audience.ProjectManagers);
    }

    // What stakeholders may read of a shareable meeting: what it was, its participant counts and its decisions.
    private static MeetingDocument Shared(Meeting m, string recordPath)
    {
        var lines = new List<string> { Opening(m), Participants(m) };
        Add(lines, $"Decisions of the {m.Region} stakeholders", m.Decisions);
        return new MeetingDocument(SharedPathOf(recordPath), TitleOf(m), LanguageOf(m), string.Join("\n\n", lines), Audience.Stakeholders);
    }

    private static string Opening(Meeting m) =>
        $"{Type(m)} of the {MeetingChoices.TitleOf(MeetingChoices.Projects, m.Project)} project held by {m.Partner} in {m.Region} on {Date(m)} " +
        $"({MeetingChoices.TitleOf(MeetingChoices.Formats, m.Format)}).";

    private static string Participants(Meeting m)
    {
        var byType = MeetingChoices.StakeholderTypes
            .Select(t => (t.Title, Count: CountOf(m.ParticipantsByType, t.Value)))
            .Where(t => t.Count > 0)
            .Select(t => $"{t.Title} {t.Count}")
            .ToList();
        return byType.Count == 0 ? $"Participants: {m.ParticipantsTotal}." : $"Participants: {m.ParticipantsTotal} ({string.Join(", ", byType)}).";
    }

    private static int CountOf(ParticipantCounts counts, string type) => type switch
    {
        MeetingFields.PublicAuthority => counts.PublicAuthority,
        MeetingFields.BusinessSupport => counts.BusinessSupport,
        MeetingFields.Sme => counts.Sme,
        MeetingFields.Research => counts.Research,
        _ => counts.Other,
    };

    private static string TitleOf(Meeting m) => $"{Type(m)}, {m.Partner} ({m.Region}), {Date(m)}";

    private static string Type(Meeting m) => MeetingChoices.TitleOf(MeetingChoices.MeetingTypes, m.MeetingType);

    private static string Date(Meeting m) => m.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string LanguageOf(Meeting m) => MeetingChoices.Contains(MeetingChoices.Languages, m.Language) ? m.Language : "en";

    private static void Add(List<string> lines, string label, string text)
    {
        if (!string.IsNullOrWhiteSpace(text)) lines.Add($"{label}: {text.Trim()}");
    }
}
