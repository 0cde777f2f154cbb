using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey.Reports;

// Responses -> what the project manager's results card shows: counts, readiness bands, answer frequencies.
public static class SurveyReport
{
    public static SurveyResultsView Build(SurveyDefinition survey, IReadOnlyList<SurveyResponse> responses, string? selection,
        string language, SurveyTexts texts, string? csvUrl, int csvMinutes)
    {
        var scores = responses.Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
        var bands = survey.Scoring?.Bands
            .Select(b => new CountView(b.Label.For(language), responses.Count(r => r.Band == b.Id)))
            .ToList() ?? [];
        var frequencies = survey.ReportQuestions
            .Select(id => survey.Question(id))
            .Select(q => new FrequencyView(q.Label.For(language), Counts(q, responses, language, texts)))
            .ToList();
        var regionLabel = selection ?? texts.AllRegions;
        return new SurveyResultsView(survey.Title.For(language), regionLabel, responses.Count,
            scores.Count == 0 ? null : scores.Average(), survey.Scoring?.Title.For(language), bands, frequencies, csvUrl, csvMinutes);
    }

    private static List<CountView> Counts(SurveyQuestion q, IReadOnlyList<SurveyResponse> responses, string language, SurveyTexts texts)
    {
        var answers = responses
            .Select(r => r.Answers.TryGetValue(q.Id, out var value) ? Answers.Split(ResponseValues.Canonical(value)) : [])
            .ToList();
        var options = q.Kind switch
        {
            QuestionKind.YesNo => [new("yes", texts.Yes), new("no", texts.No)],
            QuestionKind.Scale => SurveyDefinitionChecks.PossibleAnswers(q)!.Select(v => new ChoiceView(v, v)).ToList(),
            _ => q.ChoiceList.Select(c => new ChoiceView(c.Value, c.Text.For(language))).ToList(),
        };
        var counts = options.Select(o => new CountView(o.Title, answers.Count(a => a.Contains(o.Value))));
        // Barriers and support read best most-named first; scales and yes/no keep their natural order.
        return (q.Kind is QuestionKind.Single or QuestionKind.Multiple ? counts.OrderByDescending(c => c.Count) : counts).ToList();
    }
}
