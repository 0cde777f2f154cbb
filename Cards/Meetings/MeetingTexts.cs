using System.Globalization;

namespace StakeholderBot.Cards.Meetings;

// The meeting records in a manager's language: the CSV's column headers and the titles of the form's fixed lists.
// The form itself is in English, so the English titles are the form's own.
public sealed partial record MeetingTexts
{
    // Date, project, partner, region, country, meeting type, format, language, policy instrument, participants and the
    // five stakeholder types, organisations, topics, decisions, action items, open action items, good practices, action
    // plan stage, policy change observed, policy change, minutes, attendance list, notes, shared, meeting id.
    public required IReadOnlyList<string> CsvColumns { get; init; }

    // Titles in the order of the lists in MeetingChoices.
    public required IReadOnlyList<string> MeetingTypes { get; init; }
    public required IReadOnlyList<string> Formats { get; init; }
    public required IReadOnlyList<string> ActionPlanStages { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }

    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Due { get; init; }                  // {0} the due date
    public required string Done { get; init; }

    public string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    // The title of a stored code in this language; an unknown code stays as stored.
    public static string TitleOf(IReadOnlyList<Choice> choices, IReadOnlyList<string> titles, string code)
    {
        for (var i = 0; i < choices.Count; i++)
            if (choices[i].Value == code) return titles[i];
        return code;
    }

    private static IReadOnlyList<string> Titles(IReadOnlyList<Choice> choices) => [.. choices.Select(c => c.Title)];

    public static MeetingTexts For(string language) => language switch
    {
        "nl" => Dutch,
        "de" => German,
        "hu" => Hungarian,
        "it" => Italian,
        "pl" => Polish,
        "es" => Spanish,
        "lt" => Lithuanian,
        "sl" => Slovenian,
        "ro" => Romanian,
        "pt" => Portuguese,
        _ => English,
    };
}
