using System.Globalization;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey.Reports;

// GET /exports/survey-results?survey=..&countries=..&from=..&to=..: one row per response, one column per question (by id).
// The region is the region question's own column, so it is not repeated among the response columns.
public sealed class SurveyResultsCsv(SurveyCatalog catalog, SurveyResponseStore responses) : ICsvExport
{
    public static readonly IReadOnlyList<string> MetaColumns =
        ["response_id", "submitted_at_utc", "survey", "survey_version", "respondent", "language", "score", "band"];

    public string Kind => SurveyFlow.ExportKind;

    public async Task<CsvFile> BuildAsync(IReadOnlyDictionary<string, string> arguments, CancellationToken cancellationToken)
    {
        var survey = catalog.Find(arguments.GetValueOrDefault("survey") ?? "") ?? catalog.Default;
        var selection = SurveySelection.FromArguments(arguments);
        var rows = await selection.ReadAsync(responses, survey.Id, cancellationToken);
        var questions = survey.Questions.Select(q => q.Id).ToList();
        using var csv = new CsvTable([.. MetaColumns, .. questions]);
        foreach (var r in rows.OrderBy(r => r.SubmittedAt))
            csv.Row([.. Meta(r), .. questions.Select(q => ResponseValues.Canonical(r.Answers.GetValueOrDefault(q)))]);
        var name = $"survey-results-{survey.Id}-{(selection.Countries is { } countries ? string.Join('-', countries) : "all")}-{DateTime.UtcNow:yyyyMMdd}.csv";
        return new CsvFile(name, csv.ToString());
    }

    private static IEnumerable<string> Meta(SurveyResponse r) =>
    [
        r.ResponseId,
        r.SubmittedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        r.SurveyId,
        r.SurveyVersion.ToString(CultureInfo.InvariantCulture),
        r.Respondent,
        r.Language,
        r.Score?.ToString(CultureInfo.InvariantCulture) ?? "",
        r.Band ?? "",
    ];
}
