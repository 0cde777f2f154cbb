namespace StakeholderBot.Storage.Surveys;

// One submitted survey response. Answers are keyed by question id and typed as they are stored:
// string (text, choices, dates as yyyy-MM-dd), long or double (numbers), int (1-5 scales), bool (yes/no).
// Respondent is a keyed hash of the respondent's id, never a name.
public sealed record SurveyResponse(
    string SurveyId,
    string Region,
    string ResponseId,
    int SurveyVersion,
    string Respondent,
    string Language,
    DateTimeOffset SubmittedAt,
    int? Score,
    string? Band,
    IReadOnlyDictionary<string, object> Answers);
