namespace StakeholderBot.Cards.Meetings;

// The fixed lists on the meeting form: a stable code is stored, the title is shown.
public sealed record Choice(string Value, string Title);

public static class MeetingChoices
{
    public static readonly IReadOnlyList<Choice> Projects =
    [
        new("upgradesme", "UpGradeSME"),
        new("interventures", "INTER VENTURES"),
        new("intra", "INTRA"),
    ];

    public static readonly IReadOnlyList<Choice> MeetingTypes =
    [
        new("rsg", "RSG meeting"),
        new("webinar", "Webinar"),
        new("study-visit", "Thematic study visit"),
        new("interregional", "Interregional meeting"),
        new("peer-review", "Peer review"),
        new("other", "Other"),
    ];

    public static readonly IReadOnlyList<Choice> Formats =
    [
        new("in-person", "In person"),
        new("online", "Online"),
        new("hybrid", "Hybrid"),
    ];

    // The partner languages the bot answers in.
    public static readonly IReadOnlyList<Choice> Languages =
    [
        new("en", "English"), new("nl", "Dutch"), new("de", "German"), new("hu", "Hungarian"),
        new("it", "Italian"), new("lt", "Lithuanian"), new("pl", "Polish"), new("pt", "Portuguese"),
        new("ro", "Romanian"), new("sl", "Slovenian"), new("es", "Spanish"),
    ];

    public static readonly IReadOnlyList<Choice> ActionPlanStages =
    [
        new("situation-analysis", "Situation analysis"),
        new("draft", "Action plan drafted"),
        new("validated", "Action plan validated"),
        new("implementation", "Implementation (phase 2)"),
        new("monitoring", "Monitoring (phase 2)"),
    ];

    public static readonly IReadOnlyList<Choice> StakeholderTypes =
    [
        new(MeetingFields.PublicAuthority, "Public / managing authority"),
        new(MeetingFields.BusinessSupport, "Business support organisation"),
        new(MeetingFields.Sme, "SME"),
        new(MeetingFields.Research, "University / research"),
        new(MeetingFields.OtherStakeholder, "Other"),
    ];

    public static string TitleOf(IReadOnlyList<Choice> choices, string value) =>
        choices.FirstOrDefault(c => c.Value == value)?.Title ?? value;

    public static bool Contains(IReadOnlyList<Choice> choices, string value) => choices.Any(c => c.Value == value);
}
