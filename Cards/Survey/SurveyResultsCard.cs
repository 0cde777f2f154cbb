using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Survey;

// Survey results for project managers: the counts, then each distribution (readiness bands, barriers, support
// wanted) as a chart Teams draws, with text bars where it cannot, and the CSV link. A single response is
// listed, not charted: one answer would fill every bar. An empty selection gets a one-line reply instead.
public static class SurveyResultsCard
{
    public static JsonObject Build(SurveyResultsView results, SurveyTexts texts)
    {
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Heading(texts.Format(texts.ResultsTitle, results.SurveyTitle)),
            AdaptiveCard.Facts(Summary(results, texts)),
        };
        var sections = Sections(results).ToList();
        if (results.Responses == 1)
        {
            body.Add(AdaptiveCard.Text(texts.OneResponse, isSubtle: true, id: "one-response"));
            foreach (var (title, counts) in sections)
            {
                var chosen = counts.Where(c => c.Count > 0).Select(c => "• " + c.Label).ToList();
                if (chosen.Count == 0) continue;
                body.Add(AdaptiveCard.Text(title, weight: "Bolder", separator: true));
                body.Add(AdaptiveCard.Text(Markdown.Escape(string.Join("\n", chosen))));
            }
        }
        else
        {
            foreach (var (title, counts) in sections)
            {
                body.Add(AdaptiveCard.Text(title, weight: "Bolder", separator: true));
                body.Add(Charts.Bars(counts.Select(c => new ChartBar(c.Label, c.Count)).ToList()));
            }
        }
        if (results.CsvUrl is not null)
            body.Add(AdaptiveCard.Text(texts.Format(texts.CsvLinkLifetime, results.CsvLinkMinutes), size: "Small", isSubtle: true, separator: true));
        var actions = results.CsvUrl is null ? null : new[]
        {
            AdaptiveCard.OpenUrl(texts.DownloadCsv, results.CsvUrl),
            results.ContactsUrl is null ? null : AdaptiveCard.OpenUrl(texts.DownloadContacts, results.ContactsUrl),
        };
        var card = AdaptiveCard.Create(body, actions, fullWidth: true);
        card["fallbackText"] = PlainText(results, texts);
        return card;
    }

    public static string PlainText(SurveyResultsView results, SurveyTexts texts)
    {
        var text = new StringBuilder(texts.Format(texts.ResultsTitle, results.SurveyTitle)).Append('\n');
        foreach (var (title, value) in Summary(results, texts)) text.Append($"{title}: {value}\n");
        foreach (var (title, counts) in Sections(results))
        {
            text.Append('\n').Append(title).Append('\n');
            foreach (var count in counts) text.Append($"- {count.Label}: {count.Count}\n");
        }
        if (results.CsvUrl is not null) text.Append('\n').Append(texts.DownloadCsv).Append(": ").Append(results.CsvUrl);
        return text.ToString().TrimEnd();
    }

    private static IEnumerable<(string Title, IReadOnlyList<CountView> Counts)> Sections(SurveyResultsView results)
    {
        if (results.Responses == 0) yield break;
        if (results.ScoreTitle is not null && results.ScoreBands.Count > 0) yield return (results.ScoreTitle, results.ScoreBands);
        foreach (var frequency in results.Frequencies) yield return (frequency.Question, frequency.Counts);
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
}
