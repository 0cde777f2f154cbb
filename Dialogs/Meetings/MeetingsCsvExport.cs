using System.Globalization;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Exports;

namespace StakeholderBot.Dialogs.Meetings;

// GET /exports/meetings?...: one row per meeting of the summary's scope and period, in the language of the manager who
// asked (lang).
public sealed class MeetingsCsvExport(MeetingQueries queries) : ICsvExport
{
    public const string ExportKind = "meetings";

    public string Kind => ExportKind;

    public static IReadOnlyDictionary<string, string> Arguments(SummaryRequest request, string language)
    {
        var arguments = new Dictionary<string, string>
        {
            ["from"] = MeetingFormValues.IsoDate(request.Period.From),
            ["to"] = MeetingFormValues.IsoDate(request.Period.To),
            ["lang"] = language,
        };
        if (request.Project is { } project) arguments["project"] = project;
        if (request.Place.Length > 0) arguments["place"] = request.Place;
        return arguments;
    }

    public async Task<CsvFile> BuildAsync(IReadOnlyDictionary<string, string> arguments, CancellationToken cancellationToken)
    {
        var from = Date(arguments, "from");
        var to = Date(arguments, "to");
        var project = arguments.GetValueOrDefault("project");
        if (project is not null && !MeetingChoices.Contains(MeetingChoices.Projects, project)) project = null;
        var period = new Period(from, to);
        var (answer, _) = await queries.ResolveAsync(project, arguments.GetValueOrDefault("place", ""), cancellationToken);
        var language = arguments.GetValueOrDefault("lang") ?? "en";
        var columns = MeetingCsvRows.Columns(MeetingTexts.For(language), queries.CountryOf, language);
        using var csv = new CsvTable(columns.Select(c => c.Header));
        // Meetings stream into the text one by one; only the CSV text itself is held (CsvFile carries a string).
        if (answer is not null)
        {
            await foreach (var meeting in queries.InDateOrderAsync(answer, period, cancellationToken))
                csv.Row(columns.Select(c => c.Value(meeting)));
        }
        return new CsvFile($"meetings-{MeetingFormValues.IsoDate(from)}-to-{MeetingFormValues.IsoDate(to)}.csv", csv.ToString());
    }

    private static DateOnly Date(IReadOnlyDictionary<string, string> arguments, string key) =>
        DateOnly.TryParseExact(arguments.GetValueOrDefault(key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"The export link has no valid '{key}' date.");
}
