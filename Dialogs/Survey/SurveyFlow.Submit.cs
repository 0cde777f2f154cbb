using Azure;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Dialogs.Survey.Reports;
using StakeholderBot.Dialogs.Survey.Scores;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

public sealed partial class SurveyFlow
{
    // Stores the response, then marks the progress submitted. If the second step fails the respondent tries
    // again and the response (keyed by its id) is not stored twice.
    private async Task<TurnResult> SubmitAsync(Step step, SurveyProgress updated, ETag? etag, Unsaved unsaved,
        CancellationToken cancellationToken)
    {
        var survey = step.Survey;
        if (FirstIncompletePage(step, updated.Answers) is { } incomplete)
        {
            // Possible when earlier answers changed which questions apply: go where an answer is missing.
            var (page, check) = incomplete;
            try
            {
                await progress.SaveAsync(step.Turn, updated with { Page = page }, etag, cancellationToken);
            }
            catch (StoreUnavailableException e)
            {
                logger.LogWarning(e, "Survey progress could not be saved for activity {Activity}", step.Turn.ActivityId);
                return SaveFailed(step, unsaved, updated.Answers);
            }
            return Invalid(step, page, updated.Answers, check.Typed, check.Errors);
        }

        var answers = Visibility.Effective(survey, updated.Answers);
        var score = SurveyScorer.Score(survey, answers);
        var now = time.GetUtcNow();
        var response = new SurveyResponse(survey.Id, answers[survey.RegionQuestion], updated.ResponseId, survey.Version,
            pseudonyms.Of(step.Turn.User), step.Language, now, score.Score, score.Band?.Id, ResponseValues.Typed(survey, answers));
        var submitted = updated with { Answers = [], Result = SurveyResultViews.Summarise(score, now) };
        try
        {
            if (!await responses.AddAsync(response, cancellationToken))
                logger.LogInformation("Survey response {Response} was already stored; not stored again", response.ResponseId);
            await progress.SaveAsync(step.Turn, submitted, etag, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Survey response could not be saved for activity {Activity}", step.Turn.ActivityId);
            return SaveFailed(step, unsaved, updated.Answers);
        }
        var view = SurveyResultViews.View(survey, submitted.Result!, step.Language, step.Texts.ThankYou, step.Shared, submitted.Card);
        return Respond(step.Turn, SurveyResultCard.Build(view, step.Texts));
    }

    // Every page shown for these answers must pass its checks again before anything is stored.
    private static (int Page, PageCheck Check)? FirstIncompletePage(Step step, IReadOnlyDictionary<string, string> answers)
    {
        var survey = step.Survey;
        var effective = Visibility.Effective(survey, answers);
        var values = effective.ToDictionary(a => PageValidator.InputPrefix + a.Key, a => a.Value);
        foreach (var page in Visibility.ShownPages(survey, effective))
        {
            var check = PageValidator.Check(survey.Pages[page], effective, values, step.Fill);
            if (!check.IsValid) return (page, check);
        }
        return null;
    }
}
