using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Reports;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

public sealed partial class SurveyFlow
{
    public const string ExportKind = "survey-results";

    // `survey results [survey] [project] [partner, region or country] [period]`, for project managers only.
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

        var filter = string.Join(' ', words);
        if (SurveySelection.Parse(filter, survey, partners, Today) is not { } selection)
        {
            var countries = survey.Question(survey.RegionQuestion).ChoiceList.Select(c => $"{c.Value} ({c.Text.For(language)})");
            return TurnResult.SayText(texts.Format(texts.UnknownFilter, Markdown.Escape(filter),
                string.Join(", ", catalog.All.Select(s => s.Id)), string.Join(", ", countries)));
        }

        List<SurveyResponse> found;
        try
        {
            found = await selection.ReadAsync(responses, survey.Id, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Survey responses could not be read");
            return TurnResult.SayText(texts.StorageUnavailable);
        }

        // Nothing to show is said in one line, not with a card of zeros and a CSV of headers.
        var label = selection.Label(survey, language);
        if (found.Count == 0) return TurnResult.SayText(label is null ? texts.NoResponses : texts.Format(texts.NoResponsesFrom, label));

        // The CSV is in the manager's language, like the card.
        var csv = links.Export(ExportKind, new Dictionary<string, string>(selection.Arguments()) { ["survey"] = survey.Id, ["lang"] = language })
            .AbsoluteUri;
        // Contact details are downloaded on their own, so the results can be passed on without them; the same selection.
        var contactsCsv = survey.Questions.Any(q => q.Contact)
            ? links.Export(SurveyContactsCsv.ExportKind, new Dictionary<string, string>(selection.Arguments()) { ["survey"] = survey.Id }).AbsoluteUri
            : null;
        var view = SurveyReport.Build(survey, found, label, language, texts, csv, (int)SignedLinks.ExportLifetime.TotalMinutes)
            with { ContactsUrl = contactsCsv };
        var card = SurveyResultsCard.Build(view, texts);
        return TurnResult.Say(Reply.FromCard(card));
    }
}
