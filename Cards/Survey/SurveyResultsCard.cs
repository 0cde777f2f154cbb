using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Survey;

// Survey results for project managers: counts, readiness distribution and answer frequencies as text bars
// (chart elements fail the adaptivecards 1.5 parser and do not render on Teams mobile), plus the CSV link.
public static class SurveyResultsCard
{
    private const int BarWidth = 10;

    public static JsonObject Build(SurveyResultsView results, SurveyTexts texts)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(texts.Format(texts.ResultsTitle, results.SurveyTitle)),
            AdaptiveCard.Facts(Summary(results, texts)),
        };
        if (results.Responses == 0) body.Add(AdaptiveCard.Text(texts.NoResponses, id: "no-responses"));
        if (results.Responses > 0 && results.ScoreTitle is not null && results.ScoreBands.Count > 0)
            body.AddRange(Section(results.ScoreTitle, results.ScoreBands, results.Responses));
        foreach (var frequency in results.Frequencies.Where(_ => results.Responses > 0))
            body.AddRange(Section(frequency.Question, frequency.Counts, results.Responses));
        if (results.CsvUrl is not null)
            body.Add(AdaptiveCard.Text(texts.Format(texts.CsvLinkLifetime, results.CsvLinkMinutes), size: "Small", isSubtle: true, separator: true));

        var actions = results.CsvUrl is null ? null : new[]
        {
            AdaptiveCard.OpenUrl(texts.DownloadCsv, results.CsvUrl),
            results.ContactsUrl is null ? null : AdaptiveCard.OpenUrl(texts.DownloadContacts, results.ContactsUrl),
        };
        // Full width gives the bars room next to the labels on desktop.
        var card = AdaptiveCard.Create(body, actions, fullWidth: true);
        card["fallbackText"] = PlainText(results, texts);
        return card;
    }

    public static string PlainText(SurveyResultsView results, SurveyTexts texts)
    {
        var text = new StringBuilder(texts.Format(texts.ResultsTitle, results.SurveyTitle)).Append('\n');
        foreach (var (title, value) in Summary(results, texts)) text.Append($"{title}: {value}\n");
        var sections = results.Frequencies.Select(f => (f.Question, f.Counts)).ToList();
        if (results.ScoreTitle is not null) sections.Insert(0, (results.ScoreTitle, results.ScoreBands));
        foreach (var (title, counts) in sections.Where(_ => results.Responses > 0))
        {
            text.Append('\n').Append(title).Append('\n');
            foreach (var count in counts) text.Append($"- {count.Label}: {count.Count}\n");
        }
        if (results.CsvUrl is not null) text.Append('\n').Append(texts.DownloadCsv).Append(": ").Append(results.CsvUrl);
        return text.ToString().TrimEnd();
    }

    private static List<(string, string)> Summary(SurveyResultsView results, SurveyTexts texts)
    {
        var facts = new List<(string, string)>
        {
            (texts.Region, results.RegionLabel),
            (texts.Responses, results.Responses.ToString(CultureInfo.InvariantCulture)),
        };
        if (results.AverageScore is { } average) facts.Add((texts.AverageScore, average.ToString("0.#", CultureInfo.InvariantCulture)));
        return facts;
    }

    private static IEnumerable<JsonNode> Section(string title, IReadOnlyList<CountView> counts, int total)
    {
        yield return AdaptiveCard.Text(title, weight: "Bolder", separator: true);
        yield return AdaptiveCard.Facts(counts.Select(c => (c.Label, $"{Bar(c.Count, total)} {c.Count} ({Percent(c.Count, total)})")));
    }

    private static string Bar(int count, int total)
    {
        var filled = total == 0 ? 0 : (int)Math.Round((double)count / total * BarWidth, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    private static string Percent(int count, int total) =>
        (total == 0 ? 0 : (double)count / total).ToString("0%", CultureInfo.InvariantCulture);
}
