using System.Globalization;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey.Reports;

// GET /exports/survey-results?survey=..&lang=..&countries=..&from=..&to=..: one row per response, in the language of the
// manager who asked. Headers are the questions as the survey asks them and answers read as the respondent saw them; a
// question answered with codes (choices, yes/no) and the readiness band keep their codes in the next column, headed by
// the question's id, for filtering and joining. Never a contact detail: those are in the contacts export.
public sealed class SurveyResultsCsv(SurveyCatalog catalog, SurveyResponseStore responses) : ICsvExport
{
    public const string BandCode = "band";

    public string Kind => SurveyFlow.ExportKind;

    public async Task<CsvFile> BuildAsync(IReadOnlyDictionary<string, string> arguments, CancellationToken cancellationToken)
    {
        var survey = catalog.Find(arguments.GetValueOrDefault("survey") ?? "") ?? catalog.Default;
        var language = survey.LanguageFor(arguments.GetValueOrDefault("lang") ?? LocalizedText.Fallback);
        var selection = SurveySelection.FromArguments(arguments);
        var rows = await selection.ReadAsync(responses, survey.Id, cancellationToken);
        var columns = Columns(survey, language, SurveyTexts.For(language));
        using var csv = new CsvTable(columns.Select(c => c.Header));
        foreach (var r in rows.OrderBy(r => r.SubmittedAt)) csv.Row(columns.Select(c => c.Value(r)));
        var name = $"survey-results-{survey.Id}-{selection.FileNamePart}-{DateTime.UtcNow:yyyyMMdd}.csv";
        return new CsvFile(name, csv.ToString());
    }

    private sealed record Column(string Header, Func<SurveyResponse, string> Value);

    private static List<Column> Columns(SurveyDefinition survey, string language, SurveyTexts texts)
    {
        var meta = texts.CsvColumns;
        var columns = new List<Column>
        {
            new(meta[0], r => r.ResponseId),
            new(meta[1], r => r.SubmittedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            new(meta[2], r => r.SurveyId),
            new(meta[3], r => r.SurveyVersion.ToString(CultureInfo.InvariantCulture)),
            new(meta[4], r => r.Respondent),
            new(meta[5], r => r.Language),
            new(meta[6], r => r.Score?.ToString(CultureInfo.InvariantCulture) ?? ""),
            new(meta[7], r => survey.Scoring?.Bands.FirstOrDefault(b => b.Id == r.Band)?.Label.For(language) ?? r.Band ?? ""),
            new(BandCode, r => r.Band ?? ""),
        };
        foreach (var question in survey.AnswerQuestions)
        {
            string Code(SurveyResponse r) => ResponseValues.Canonical(r.Answers.GetValueOrDefault(question.Id));
            columns.Add(new(question.Label.For(language), r => Readable(question, Code(r), language, texts)));
            if (question.Kind is QuestionKind.Single or QuestionKind.Multiple or QuestionKind.YesNo) columns.Add(new(question.Id, Code));
        }
        return columns;
    }

    // Choices by their labels (several joined with "; "), yes/no in words; numbers, dates and text as they are.
    private static string Readable(SurveyQuestion question, string code, string language, SurveyTexts texts) => question.Kind switch
    {
        _ when code.Length == 0 => "",
        QuestionKind.YesNo => code == "yes" ? texts.Yes : texts.No,
        QuestionKind.Single or QuestionKind.Multiple => string.Join("; ", Answers.Split(code)
            .Select(value => question.ChoiceList.FirstOrDefault(c => c.Value == value)?.Text.For(language) ?? value)),
        _ => code,
    };
}
