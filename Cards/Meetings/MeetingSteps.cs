using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Cards.Meetings;

// The meeting form in four short cards, each field on exactly one of them, with the label a person reads.
public static class MeetingSteps
{
    public const int Count = 4;

    private static readonly string[][] Fields =
    [
        [Project, Partner, Region, Country, PolicyInstrument, MeetingType, Date, Format, Language],
        [ParticipantsTotal, PublicAuthority, BusinessSupport, Sme, Research, OtherStakeholder, Organisations],
        [Topics, Decisions],
        [GoodPractices, ActionPlanStage, PolicyChangeObserved, PolicyChange, MinutesUrl, AttendanceUrl, Notes, Shareable],
    ];

    // The action-item rows (actionWhat1, actionOwner1, actionDue1, ...) are on the decisions step.
    private const int ActionsStep = 3;

    public static string Title(int step) => step switch
    {
        1 => "What and when",
        2 => "Who took part",
        3 => "Decisions and actions",
        _ => "Policy learning and links",
    };

    public static IEnumerable<string> FieldsOf(int step, int rows) =>
        step == ActionsStep
            ? [.. Fields[step - 1], .. Enumerable.Range(1, rows).SelectMany(row => new[] { ActionWhat(row), ActionOwner(row), ActionDue(row) })]
            : Fields[step - 1];

    public static int Of(string field) =>
        new[] { "actionWhat", "actionOwner", "actionDue" }.Any(row => field.StartsWith(row, StringComparison.Ordinal))
            ? ActionsStep
            : Array.FindIndex(Fields, fields => fields.Contains(field)) + 1;

    public static bool IsStep(int step) => step is >= 1 and <= Count;

    public static readonly IReadOnlySet<string> Required = new HashSet<string>
    {
        Project, Partner, Region, PolicyInstrument, MeetingType, Date, Format, Language, ParticipantsTotal,
    };

    // What the form and its error summary call each field.
    public static string Label(string field) => field switch
    {
        Project => "Project",
        Partner => "Partner organisation",
        Region => "Region",
        Country => "Country",
        PolicyInstrument => "Policy instrument addressed",
        MeetingType => "Meeting type",
        Date => "Date",
        Format => "Format",
        Language => "Language",
        ParticipantsTotal => "Participants in total",
        Organisations => "Organisations present",
        Topics => "Topics",
        Decisions => "Decisions",
        GoodPractices => "Good practices discussed",
        ActionPlanStage => "Action plan stage",
        PolicyChangeObserved => "A change in the policy instrument was observed",
        PolicyChange => "What changed in the policy instrument",
        MinutesUrl => "Link to the minutes",
        AttendanceUrl => "Link to the attendance list",
        Notes => "Notes",
        Shareable => SharingTexts.Toggle,
        _ when MeetingChoices.StakeholderTypes.FirstOrDefault(t => t.Value == field) is { } type => type.Title,
        _ when field.StartsWith("actionWhat", StringComparison.Ordinal) => $"Action {field["actionWhat".Length..]}: what",
        _ when field.StartsWith("actionOwner", StringComparison.Ordinal) => $"Action {field["actionOwner".Length..]}: owner",
        _ when field.StartsWith("actionDue", StringComparison.Ordinal) => $"Action {field["actionDue".Length..]}: due date",
        _ => field,
    };
}
