using System.Globalization;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey.Reports;

// GET /exports/survey-contacts?survey=..: the people who asked to be contacted about support, apart from the results
// so the answers can be shared without them. The respondent code joins a row to that person's responses.
public sealed class SurveyContactsCsv(SurveyCatalog catalog, SurveyContactStore contacts, TimeProvider time) : ICsvExport
{
    public const string ExportKind = "survey-contacts";

    public static readonly IReadOnlyList<string> Columns = ["respondent", "survey", "email", "language", "given_at_utc"];

    public string Kind => ExportKind;

    public async Task<CsvFile> BuildAsync(IReadOnlyDictionary<string, string> arguments, CancellationToken cancellationToken)
    {
        var survey = catalog.Find(arguments.GetValueOrDefault("survey") ?? "") ?? catalog.Default;
        var rows = await contacts.ListAsync(survey.Id, cancellationToken);
        using var csv = new CsvTable(Columns);
        foreach (var c in rows.OrderBy(c => c.GivenAt))
            csv.Row([c.Respondent, c.SurveyId, c.Email, c.Language, c.GivenAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)]);
        return new CsvFile($"survey-contacts-{survey.Id}-{time.GetUtcNow():yyyyMMdd}.csv", csv.ToString());
    }
}
