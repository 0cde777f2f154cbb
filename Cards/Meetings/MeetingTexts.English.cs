namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts English = new()
    {
        CsvColumns = [
            "Date", "Project", "Partner", "Region", "Country", "Meeting type", "Format", "Language",
            "Policy instrument", "Participants", "Public/managing authority", "Business support organisation",
            "SME", "University/research", "Other", "Organisations", "Topics", "Decisions", "Action items",
            "Open action items", "Good practices", "Action plan stage", "Policy change observed",
            "Policy change", "Minutes", "Attendance list", "Notes", "Shared with stakeholders", "Meeting id"
        ],
        MeetingTypes = Titles(MeetingChoices.MeetingTypes),
        Formats = Titles(MeetingChoices.Formats),
        ActionPlanStages = Titles(MeetingChoices.ActionPlanStages),
        Languages = Titles(MeetingChoices.Languages),
        Yes = "Yes",
        No = "No",
        Due = "due {0}",
        Done = "done",
    };
}
