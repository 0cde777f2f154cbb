using System.Globalization;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

public static class MeetingCsvRows
{
    public static readonly string[] Header =
    [
        "Date", "Project", "Partner", "Region", "Meeting type", "Format", "Language", "Policy instrument",
        "Participants", "Public/managing authority", "Business support organisation", "SME", "University/research", "Other",
        "Organisations", "Topics", "Decisions", "Action items", "Open action items", "Good practices",
        "Action plan stage", "Policy change observed", "Policy change", "Minutes", "Attendance list", "Notes", "Shared with stakeholders", "Meeting id",
    ];

    public static IEnumerable<string> Row(Meeting m) =>
    [
        MeetingFormValues.IsoDate(m.Date),
        MeetingChoices.TitleOf(MeetingChoices.Projects, m.Project),
        m.Partner,
        m.Region,
        MeetingChoices.TitleOf(MeetingChoices.MeetingTypes, m.MeetingType),
        MeetingChoices.TitleOf(MeetingChoices.Formats, m.Format),
        MeetingChoices.TitleOf(MeetingChoices.Languages, m.Language),
        m.PolicyInstrument,
        N(m.ParticipantsTotal),
        N(m.ParticipantsByType.PublicAuthority),
        N(m.ParticipantsByType.BusinessSupport),
        N(m.ParticipantsByType.Sme),
        N(m.ParticipantsByType.Research),
        N(m.ParticipantsByType.Other),
        string.Join("; ", m.Organisations),
        m.Topics,
        m.Decisions,
        string.Join("; ", m.ActionItems.Select(i => $"{i.What} ({i.Owner}, due {MeetingFormValues.IsoDate(i.Due)}{(i.Done ? ", done" : "")})")),
        N(m.ActionItems.Count(i => !i.Done)),
        string.Join("; ", m.GoodPractices),
        m.ActionPlanStage.Length == 0 ? "" : MeetingChoices.TitleOf(MeetingChoices.ActionPlanStages, m.ActionPlanStage),
        m.PolicyChangeObserved ? "Yes" : "No",
        m.PolicyChange,
        m.MinutesUrl,
        m.AttendanceUrl,
        m.Notes,
        m.Shareable ? "Yes" : "No",
        m.Id,
    ];

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
