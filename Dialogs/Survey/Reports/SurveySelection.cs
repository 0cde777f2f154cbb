using System.Globalization;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey.Reports;

// Which responses a results request means, in the words `meetings` takes (a project, a partner, region or country,
// a period). A response records the respondent's country, so a project, partner or region stands for the countries
// it works in. Countries null: every country; Period null: every response so far.
public sealed record SurveySelection(IReadOnlyList<string>? Countries, Period? Period)
{
    public static readonly SurveySelection Everything = new(null, null);

    // Null when a place is named that is neither a country nor a partner or region of the projects.
    public static SurveySelection? Parse(string text, SurveyDefinition survey, PartnerDirectory partners, DateOnly today)
    {
        var request = SummaryRequest.Parse(text, today);
        List<string>? countries = request.Project is null ? null : [.. partners.CountriesOf(request.Project)];
        if (request.Place.Length > 0)
        {
            // A country named is the selection, with or without a project.
            var place = PlaceFilter.Parse(request.Place);
            if ((ChoiceOf(survey, request.Place) ?? place.Country) is { } country) countries = [country];
            else
            {
                var named = place.RegionsIn(partners).Where(r => request.Project is null || r.Project == request.Project).ToList();
                if (named.Count == 0) return null;
                countries = [.. named.Select(r => r.Country).Distinct()];
            }
        }
        return new SurveySelection(countries, request.PeriodGiven ? request.Period : null);
    }

    // The selected countries' partitions only, then the period.
    public async Task<List<SurveyResponse>> ReadAsync(SurveyResponseStore responses, string surveyId, CancellationToken cancellationToken)
    {
        if (Countries is null) return [.. (await responses.ListAsync(surveyId, null, cancellationToken)).Where(Contains)];
        var found = new List<SurveyResponse>();
        foreach (var country in Countries) found.AddRange(await responses.ListAsync(surveyId, country, cancellationToken));
        return [.. found.Where(Contains)];
    }

    public bool Contains(SurveyResponse response) =>
        (Countries is null || Countries.Contains(response.Region))
        && (Period is null || Period.Contains(DateOnly.FromDateTime(response.SubmittedAt.UtcDateTime)));

    // "Hungary, Croatia · 2025"; null when everything is selected.
    public string? Label(SurveyDefinition survey, string language)
    {
        var parts = new List<string>();
        if (Countries is not null)
            parts.Add(string.Join(", ", Countries.Select(c => survey.Question(survey.RegionQuestion).ChoiceList
                .FirstOrDefault(choice => choice.Value == c)?.Text.For(language) ?? Partners.Countries.Name(c, language))));
        if (Period is not null) parts.Add(Period.Label);
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    // How a CSV's file name says what it holds: "hu-hr-2025-01-01-to-2025-12-31", "all".
    public string FileNamePart => string.Join('-', new[]
    {
        Countries is null ? "all" : string.Join('-', Countries),
        Period is null ? null : $"{Iso(Period.From)}-to-{Iso(Period.To)}",
    }.OfType<string>());

    // What a CSV link carries, and reads back.
    public IReadOnlyDictionary<string, string> Arguments()
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Countries is not null) arguments["countries"] = string.Join(',', Countries);
        if (Period is not null)
        {
            arguments["from"] = Iso(Period.From);
            arguments["to"] = Iso(Period.To);
        }
        return arguments;
    }

    public static SurveySelection FromArguments(IReadOnlyDictionary<string, string> arguments)
    {
        var countries = arguments.GetValueOrDefault("countries") is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries)
            : null;
        var period = Date(arguments.GetValueOrDefault("from")) is { } from && Date(arguments.GetValueOrDefault("to")) is { } to
            ? new Period(from, to)
            : null;
        return new SurveySelection(countries, period);
    }

    // A region answer by its value ("nl") or its label in any language the list has ("Netherlands", "Nederland").
    private static string? ChoiceOf(SurveyDefinition survey, string text) =>
        survey.Question(survey.RegionQuestion).ChoiceList
            .FirstOrDefault(c => c.Value.Equals(text, StringComparison.OrdinalIgnoreCase)
                || c.Text.Texts.Values.Any(t => PlaceWords.Fold(t) == PlaceWords.Fold(text)))?.Value;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
