using System.Globalization;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Storage.Meetings;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Dialogs.Meetings;

// One row per meeting in the manager's language, as the survey results CSV: headers and chosen values read as words,
// and a value chosen from a list keeps its stored code in the next column, headed by the form's field id, for
// filtering and joining. Dates stay yyyy-MM-dd so every spreadsheet sorts them.
public static class MeetingCsvRows
{
    public const string CountryCode = "country";

    public sealed record Column(string Header, Func<Meeting, string> Value);

    public static IReadOnlyList<Column> Columns(MeetingTexts texts, Func<Meeting, string?> countryOf, string language)
    {
        var h = texts.CsvColumns;
        string YesNo(bool value) => value ? texts.Yes : texts.No;
        string Title(IReadOnlyList<Choice> choices, IReadOnlyList<string> titles, string code) =>
            code.Length == 0 ? "" : MeetingTexts.TitleOf(choices, titles, code);
        return
        [
            new(h[0], m => MeetingFormValues.IsoDate(m.Date)),
            new(h[1], m => MeetingChoices.TitleOf(MeetingChoices.Projects, m.Project)),
            new(Project, m => m.Project),
            new(h[2], m => m.Partner),
            new(h[3], m => m.Region),
            new(h[4], m => countryOf(m) is { } country ? Countries.Name(country, language) : ""),
            new(CountryCode, m => countryOf(m) ?? ""),
            new(h[5], m => Title(MeetingChoices.MeetingTypes, texts.MeetingTypes, m.MeetingType)),
            new(MeetingType, m => m.MeetingType),
            new(h[6], m => Title(MeetingChoices.Formats, texts.Formats, m.Format)),
            new(Format, m => m.Format),
            new(h[7], m => Title(MeetingChoices.Languages, texts.Languages, m.Language)),
            new(Language, m => m.Language),
            new(h[8], m => m.PolicyInstrument),
            new(h[9], m => N(m.ParticipantsTotal)),
            new(h[10], m => N(m.ParticipantsByType.PublicAuthority)),
            new(h[11], m => N(m.ParticipantsByType.BusinessSupport)),
            new(h[12], m => N(m.ParticipantsByType.Sme)),
            new(h[13], m => N(m.ParticipantsByType.Research)),
            new(h[14], m => N(m.ParticipantsByType.Other)),
            new(h[15], m => string.Join("; ", m.Organisations)),
            new(h[16], m => m.Topics),
            new(h[17], m => m.Decisions),
            new(h[18], m => string.Join("; ", m.ActionItems.Select(i =>
                $"{i.What} ({i.Owner}, {texts.Format(texts.Due, MeetingFormValues.IsoDate(i.Due))}{(i.Done ? ", " + texts.Done : "")})"))),
            new(h[19], m => N(m.ActionItems.Count(i => !i.Done))),
            new(h[20], m => string.Join("; ", m.GoodPractices)),
            new(h[21], m => Title(MeetingChoices.ActionPlanStages, texts.ActionPlanStages, m.ActionPlanStage)),
            new(ActionPlanStage, m => m.ActionPlanStage),
            new(h[22], m => YesNo(m.PolicyChangeObserved)),
            new(PolicyChangeObserved, m => m.PolicyChangeObserved ? "yes" : "no"),
            new(h[23], m => m.PolicyChange),
            new(h[24], m => m.MinutesUrl),
            new(h[25], m => m.AttendanceUrl),
            new(h[26], m => m.Notes),
            new(h[27], m => YesNo(m.Shareable)),
            new(Shareable, m => m.Shareable ? "yes" : "no"),
            new(h[28], m => m.Id),
        ];
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
