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
    // Stores the response, then the contact details apart from it (only given with consent to be contacted), then
    // marks the progress submitted. If a later step fails the respondent tries again: the response (keyed by its id)
    // is not stored twice and the contact row is replaced by the same one.
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
        var respondent = pseudonyms.Of(step.Turn.User);
        var response = new SurveyResponse(survey.Id, answers[survey.RegionQuestion], updated.ResponseId, survey.Version,
            respondent, step.Language, now, score.Score, score.Band?.Id, ResponseValues.Typed(survey, answers));
        var contact = survey.Questions.Where(q => q.Contact).Select(q => answers.GetValueOrDefault(q.Id)).FirstOrDefault(a => a is { Length: > 0 }) is { } email
            ? new SurveyContact(respondent, survey.Id, email, step.Language, now)
            : null;
        var submitted = updated with { Answers = [], Result = SurveyResultViews.Summarise(score, now) };
        try
        {
            if (!await responses.AddAsync(response, cancellationToken))
                logger.LogInformation("Survey response {Response} was already stored; not stored again", response.ResponseId);
            // A later response without consent to be contacted withdraws the address given with an earlier one.
            if (contact is not null) await contacts.SaveAsync(contact, cancellationToken);
            else if (survey.Questions.Any(q => q.Contact)) await contacts.RemoveAsync(respondent, survey.Id, cancellationToken);
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
