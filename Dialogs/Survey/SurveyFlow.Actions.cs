using System.Globalization;
using Azure;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

public sealed partial class SurveyFlow
{
    public async Task<TurnResult> OnActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        var values = turn.Action?.Values ?? new Dictionary<string, string>();
        var survey = catalog.Find(values.GetValueOrDefault(SurveyActionData.SurveyKey) ?? "");
        var texts = SurveyTexts.For(survey is null ? Locales.LanguageOf(turn.Locale) : LanguageOf(survey, turn, values));
        if (survey is null) return RespondText(turn, texts.StaleCard);

        // A conflict means another delivery or instance saved first: read again and redo the step (twice at most).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HandleAsync(turn, survey, values, cancellationToken);
            }
            catch (ConcurrencyConflictException e) when (attempt < 3)
            {
                logger.LogInformation(e, "Survey progress changed under activity {Activity}; retrying", turn.ActivityId);
            }
        }
    }

    private async Task<TurnResult> HandleAsync(Turn turn, SurveyDefinition survey, IReadOnlyDictionary<string, string> values,
        CancellationToken cancellationToken)
    {
        var language = LanguageOf(survey, turn, values);
        var step = new Step(turn, survey, values, FillContext.For(language, turn.Locale, Today),
            turn.Conversation.Kind != ConversationKind.Personal, Number(values.GetValueOrDefault(SurveyActionData.CardKey)) ?? 0);
        var verb = turn.Action!.Verb;
        var page = Number(values.GetValueOrDefault(SurveyActionData.PageKey)) ?? -1;
        if (verb is CardVerbs.SurveyNext or CardVerbs.SurveySubmit or CardVerbs.SurveyBack && (page < 0 || page >= survey.Pages.Count))
            return RespondText(turn, step.Texts.StaleCard);

        ETag? etag;
        SurveyProgress? current;
        try
        {
            var stored = await progress.GetAsync(turn, cancellationToken);
            etag = stored?.ETag;
            current = stored?.State.SurveyId == survey.Id ? stored.State : null;
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Survey progress could not be read for activity {Activity}", turn.ActivityId);
            return verb is CardVerbs.SurveyNext or CardVerbs.SurveySubmit
                ? SaveFailed(step, TypedOnCard(values, page))
                : RespondText(turn, step.Texts.StorageUnavailable);
        }

        // Submitted is final: old page cards and retries show the result; only "new" starts again.
        if (current?.Result is not null && verb != CardVerbs.SurveyNew)
        {
            var notice = current.LastActivityId == turn.ActivityId ? step.Texts.ThankYou : step.Texts.AlreadySubmitted;
            return Respond(turn, CurrentView(survey, current, step.Language, step.Texts, step.Shared, resumed: false, notice));
        }
        if (step.Shared && verb is CardVerbs.SurveyStart or CardVerbs.SurveyRefresh)
            await invitations.MarkAsync(turn, InvitationStage.Opened, cancellationToken);
        if (verb is CardVerbs.SurveyNext or CardVerbs.SurveySubmit or CardVerbs.SurveyBack && current is not null && IsOutdated(step, current, page))
        {
            // The card in use pressed on a page it has left (a double press, another device) and a member's shared
            // card catch up, saving nothing; an older personal card says a newer one is in use.
            return step.Shared || step.Card == current.Card
                ? Respond(turn, CurrentView(survey, current, step.Language, step.Texts, step.Shared, resumed: false))
                : Respond(turn, SurveyOutdatedCard.Build(survey.Id, step.Language, step.Texts));
        }
        return verb switch
        {
            CardVerbs.SurveyNext or CardVerbs.SurveySubmit => await AnswerPageAsync(step, current, etag, page, cancellationToken),
            CardVerbs.SurveyBack => await MoveAsync(step, current ?? SurveyProgress.Begin(survey.Id), etag, PreviousPage(survey, current, page), cancellationToken),
            CardVerbs.SurveyNew when current is null || current.Submitted =>
                await MoveAsync(step, SurveyProgress.Begin(survey.Id) with { Card = current?.Card ?? 0 }, etag,
                    FirstPage(survey, new Dictionary<string, string>()), cancellationToken),
            CardVerbs.SurveyRefresh when current is null && step.Shared => Respond(turn,
                SurveyInvitationCard.Build(survey.Id, survey.Title.For(step.Language), survey.Intro.For(step.Language), step.Texts,
                    SurveyInvitationCard.DeadlineOf(values.GetValueOrDefault(SurveyActionData.DeadlineKey)), Dates.CultureFor(step.Language, turn.Locale))),
            CardVerbs.SurveyStart when !step.Shared && current is null && values.GetValueOrDefault(SurveyActionData.FromKey) is { Length: > 0 } from =>
                await ContinueFromAsync(step, from, etag, cancellationToken),
            CardVerbs.SurveyStart when !step.Shared => await ResumeHereAsync(step, current, etag, cancellationToken),
            CardVerbs.SurveyStart or CardVerbs.SurveyRefresh or CardVerbs.SurveyNew =>
                Respond(turn, CurrentView(survey, current, step.Language, step.Texts, step.Shared, resumed: verb != CardVerbs.SurveyRefresh)),
            _ => RespondText(turn, step.Texts.StaleCard),
        };
    }

    // A card is in use when it is the respondent's newest and shows the page they are on; a retried
    // delivery of the action that moved them on still counts as that card.
    private static bool IsOutdated(Step step, SurveyProgress current, int page) =>
        current.LastActivityId != step.Turn.ActivityId && (step.Card != current.Card || page != current.Page);

    // "Continue on this card": this card becomes the one in use and shows where the respondent is.
    private async Task<TurnResult> ResumeHereAsync(Step step, SurveyProgress? current, ETag? etag, CancellationToken cancellationToken)
    {
        if (current is null) return Respond(step.Turn, CurrentView(step.Survey, current, step.Language, step.Texts, shared: false, resumed: true));
        SurveyProgress renewed;
        try
        {
            renewed = await RenewCardAsync(step.Turn, current, etag, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Survey progress could not be saved for activity {Activity}", step.Turn.ActivityId);
            return RespondText(step.Turn, step.Texts.StorageUnavailable);
        }
        return Respond(step.Turn, CurrentView(step.Survey, renewed, step.Language, step.Texts, shared: false, resumed: true));
    }

    // Continue on the nudge for a response started from a group's invitation: the response moves to this personal
    // chat and goes on where it stopped; the group's invitation still counts it. The key is the presser's own, so a
    // card naming another conversation can only ever move their own response.
    private async Task<TurnResult> ContinueFromAsync(Step step, string origin, ETag? etag, CancellationToken cancellationToken)
    {
        try
        {
            var there = await progress.GetAsync(origin, step.Turn.User.Id, cancellationToken);
            if (there is not { State: { Submitted: false } started } || started.SurveyId != step.Survey.Id)
                return await ResumeHereAsync(step, null, etag, cancellationToken);
            var moved = started with { Origin = origin, Card = started.Card + 1 };
            await progress.SaveAsync(step.Turn, moved, etag, cancellationToken);
            try
            {
                await progress.RemoveAsync(origin, step.Turn.User.Id, there.ETag, cancellationToken);
            }
            catch (StoreException e)
            {
                // The group's copy stays behind as it was; the one in use is the moved one.
                logger.LogWarning("Survey response {ResponseId} moved to personal chat, its copy in the group stays: {Reason}", started.ResponseId, e.Message);
            }
            return Respond(step.Turn, CurrentView(step.Survey, moved, step.Language, step.Texts, shared: false, resumed: true));
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Survey progress could not be moved for activity {Activity}", step.Turn.ActivityId);
            return RespondText(step.Turn, step.Texts.StorageUnavailable);
        }
    }

    private async Task<TurnResult> AnswerPageAsync(Step step, SurveyProgress? current, ETag? etag, int page,
        CancellationToken cancellationToken)
    {
        var survey = step.Survey;
        var progressSoFar = current ?? SurveyProgress.Begin(survey.Id);
        var earlier = Visibility.Effective(survey, progressSoFar.Answers);
        var check = PageValidator.Check(survey.Pages[page], earlier, step.Values, step.Fill);
        if (!check.IsValid) return Invalid(step, page, progressSoFar.Answers, check.Typed, check.Errors);

        // This page's answers replace what it held before; a cleared optional answer is removed.
        var answers = new Dictionary<string, string>(progressSoFar.Answers, StringComparer.Ordinal);
        foreach (var question in survey.Pages[page].Questions) answers.Remove(question.Id);
        foreach (var (id, answer) in check.Answers) answers[id] = answer;
        var updated = progressSoFar with { Answers = answers };

        // Submit on what was the last page still moves on when this page's answers open a later one (consent to be
        // contacted opens the page that asks for the e-mail address).
        if (NextPage(survey, answers, page) is { } nextPage)
            return await MoveAsync(step, updated, etag, nextPage, cancellationToken, new Unsaved(page, check.Typed));
        return await SubmitAsync(step, updated, etag, new Unsaved(page, check.Typed), cancellationToken);
    }

    private async Task<TurnResult> MoveAsync(Step step, SurveyProgress updated, ETag? etag, int page, CancellationToken cancellationToken,
        Unsaved? unsaved = null)
    {
        try
        {
            await progress.SaveAsync(step.Turn, updated with { Page = page }, etag, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Survey progress could not be saved for activity {Activity}", step.Turn.ActivityId);
            return unsaved is null ? RespondText(step.Turn, step.Texts.StorageUnavailable) : SaveFailed(step, unsaved, updated.Answers);
        }
        var view = SurveyPageViews.Page(step.Survey, page, updated.Answers, step.Language, step.Texts, shared: step.Shared, card: updated.Card);
        return Respond(step.Turn, SurveyPageCard.Build(view, step.Texts));
    }

    private TurnResult Invalid(Step step, int page, IReadOnlyDictionary<string, string> answers,
        IReadOnlyDictionary<string, string> typed, IReadOnlyDictionary<string, string> errors)
    {
        var view = SurveyPageViews.Page(step.Survey, page, answers, step.Language, step.Texts, typed, errors,
            error: step.Texts.FixErrors, shared: step.Shared, card: step.Card);
        return Respond(step.Turn, SurveyPageCard.Build(view, step.Texts));
    }

    // Storage is down: the page comes back exactly as the respondent filled it in, with the reason.
    // Without the stored answers (the read failed), the questions the card carried stay on it.
    private static TurnResult SaveFailed(Step step, Unsaved unsaved, IReadOnlyDictionary<string, string>? answers = null)
    {
        var view = SurveyPageViews.Page(step.Survey, unsaved.Page, answers ?? unsaved.Typed, step.Language, step.Texts, unsaved.Typed,
            error: step.Texts.SaveFailed, shared: step.Shared, alsoShow: answers is null ? unsaved.Typed.Keys.ToHashSet() : null, card: step.Card);
        return Respond(step.Turn, SurveyPageCard.Build(view, step.Texts));
    }

    private static Unsaved TypedOnCard(IReadOnlyDictionary<string, string> values, int page) => new(page,
        values.Where(v => v.Key.StartsWith(PageValidator.InputPrefix, StringComparison.Ordinal))
            .ToDictionary(v => v.Key[PageValidator.InputPrefix.Length..], v => v.Value));

    // The card's own language when it names one the survey has, otherwise the activity's locale.
    private static string LanguageOf(SurveyDefinition survey, Turn turn, IReadOnlyDictionary<string, string> values) =>
        values.GetValueOrDefault(SurveyActionData.LanguageKey) is { } language && survey.Locales.Contains(language)
            ? language
            : survey.LanguageFor(turn.Language);

    private static int? NextPage(SurveyDefinition survey, IReadOnlyDictionary<string, string> answers, int page) =>
        Visibility.ShownPages(survey, Visibility.Effective(survey, answers)).Where(p => p > page).Cast<int?>().FirstOrDefault();

    private static int PreviousPage(SurveyDefinition survey, SurveyProgress? current, int page) =>
        Visibility.ShownPages(survey, Visibility.Effective(survey, current?.Answers ?? [])).Where(p => p < page).DefaultIfEmpty(0).Max();

    // A page the respondent sent that could not be saved: which page, and what they typed on it.
    private sealed record Unsaved(int Page, IReadOnlyDictionary<string, string> Typed);

    // One action on one card: Card is the number the card carries (see SurveyProgress.Card).
    private sealed record Step(Turn Turn, SurveyDefinition Survey, IReadOnlyDictionary<string, string> Values, FillContext Fill, bool Shared,
        int Card)
    {
        public string Language => Fill.Language;

        public SurveyTexts Texts => Fill.Texts;
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
