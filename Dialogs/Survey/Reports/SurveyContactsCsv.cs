using System.Globalization;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey.Reports;

// GET /exports/survey-contacts?survey=..&countries=..&from=..&to=..: the people who asked to be contacted about support,
// apart from the results so the answers can be shared without them. It holds the selection the results card and its
// CSV hold (a contact whose response is in it), names that selection in the file name, and gives each contact's
// country; the respondent code joins a row to that person's responses.
public sealed class SurveyContactsCsv(SurveyCatalog catalog, SurveyContactStore contacts, SurveyResponseStore responses, TimeProvider time)
    : ICsvExport
{
    public const string ExportKind = "survey-contacts";

    public static readonly IReadOnlyList<string> Columns = ["respondent", "survey", "country", "email", "language", "given_at_utc"];

    public string Kind => ExportKind;

    public async Task<CsvFile> BuildAsync(IReadOnlyDictionary<string, string> arguments, CancellationToken cancellationToken)
    {
        var survey = catalog.Find(arguments.GetValueOrDefault("survey") ?? "") ?? catalog.Default;
        var selection = SurveySelection.FromArguments(arguments);
        // The country of each respondent's latest response in the selection.
        var countries = (await selection.ReadAsync(responses, survey.Id, cancellationToken))
            .GroupBy(r => r.Respondent, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.SubmittedAt)!.Region, StringComparer.Ordinal);
        using var csv = new CsvTable(Columns);
        foreach (var c in (await contacts.ListAsync(survey.Id, cancellationToken)).OrderBy(c => c.GivenAt))
        {
            if (countries.TryGetValue(c.Respondent, out var country))
                csv.Row([c.Respondent, c.SurveyId, country, c.Email, c.Language, c.GivenAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)]);
        }
        return new CsvFile($"survey-contacts-{survey.Id}-{selection.FileNamePart}-{time.GetUtcNow():yyyyMMdd}.csv", csv.ToString());
    }
}
