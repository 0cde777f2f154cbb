using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Reports;
using StakeholderBot.Storage;

namespace StakeholderBot.Dialogs.Survey;

public sealed partial class SurveyFlow
{
    public const string ExportKind = "survey-results";

    // `survey results [survey] [region]`, for project managers only.
    public async Task<TurnResult> ResultsAsync(Turn turn, CancellationToken cancellationToken)
    {
        var texts = SurveyTexts.For(catalog.Default.LanguageFor(turn.Language));
        if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(texts.ResultsOnlyManagers);

        var words = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        var survey = words.Count > 0 ? catalog.Find(words[0]) : null;
        if (survey is not null) words.RemoveAt(0);
        survey ??= catalog.Default;
        var language = survey.LanguageFor(turn.Language);
        texts = SurveyTexts.For(language);

        string? region = null;
        if (words.Count > 0)
        {
            region = RegionOf(survey, string.Join(' ', words));
            if (region is null)
            {
                var regions = survey.Question(survey.RegionQuestion).ChoiceList.Select(c => $"{c.Value} ({c.Text.For(language)})");
                return TurnResult.SayText(texts.Format(texts.UnknownFilter, Markdown.Escape(string.Join(' ', words)),
                    string.Join(", ", catalog.All.Select(s => s.Id)), string.Join(", ", regions)));
            }
        }

        List<Storage.Surveys.SurveyResponse> found;
        try
        {
            found = await responses.ListAsync(survey.Id, region, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Survey responses could not be read");
            return TurnResult.SayText(texts.StorageUnavailable);
        }

        // Nothing to show is said in one line, not with a card of zeros and a CSV of headers.
        if (found.Count == 0)
        {
            var label = region is null ? null : survey.Question(survey.RegionQuestion).ChoiceList.First(c => c.Value == region).Text.For(language);
            return TurnResult.SayText(label is null ? texts.NoResponses : texts.Format(texts.NoResponsesFrom, label));
        }

        var arguments = new Dictionary<string, string> { ["survey"] = survey.Id };
        if (region is not null) arguments["region"] = region;
        var csv = links.Export(ExportKind, arguments).AbsoluteUri;
        var view = SurveyReport.Build(survey, found, region, language, texts, csv, (int)SignedLinks.ExportLifetime.TotalMinutes);
        var card = SurveyResultsCard.Build(view, texts);
        return TurnResult.Say(Reply.FromCard(card));
    }

    // A region by its value ("nl") or its label in any of the survey's languages ("Netherlands", "Nederland").
    private static string? RegionOf(SurveyDefinition survey, string text) =>
        survey.Question(survey.RegionQuestion).ChoiceList
            .FirstOrDefault(c => c.Value.Equals(text, StringComparison.OrdinalIgnoreCase)
                || c.Text.Texts.Values.Any(t => t.Equals(text, StringComparison.OrdinalIgnoreCase)))?.Value;
}
