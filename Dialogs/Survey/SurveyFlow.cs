using System.Text.Json.Nodes;
using Azure;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Storage;
using StakeholderBot.Storage.State;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

// `survey` starts or resumes; Action.Execute verbs move through the pages; `survey results` reports.
// In personal chat the card is the respondent's own. In a group chat or channel a project manager posts
// an invitation card with a refresh action, and Teams asks the bot for each member's own view of it.
public sealed partial class SurveyFlow(
    SurveyCatalog catalog,
    SurveyProgressStore progress,
    SurveyResponseStore responses,
    SurveyContactStore contacts,
    Pseudonyms pseudonyms,
    AccessPolicy access,
    SignedLinks links,
    PartnerDirectory partners,
    SurveyInvitations invitations,
    SurveyInvitationStore invitationStore,
    ILogger<SurveyFlow> logger,
    TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<TurnResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        // `survey`, `survey <survey id>` or `survey <language>` (e.g. `survey nl`) to choose the card language.
        var words = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var argument = words.Length > 1 ? words[1].ToLowerInvariant() : null;
        var chosenLanguage = argument is not null && catalog.Find(argument) is null && catalog.Default.Locales.Contains(argument) ? argument : null;
        var survey = argument is null || chosenLanguage is not null ? catalog.Default : catalog.Find(argument);
        if (survey is null)
        {
            var texts = SurveyTexts.For(turn.Language);
            return TurnResult.SayText(texts.Format(texts.UnknownFilter, Markdown.Escape(words[1]),
                string.Join(", ", catalog.All.Select(s => s.Id)), "-"));
        }

        var language = survey.LanguageFor(chosenLanguage ?? turn.Language);
        var ui = SurveyTexts.For(language);
        if (turn.Conversation.Kind != ConversationKind.Personal)
        {
            // Posting a survey to a whole chat is a project manager's call, and it is an invitation like `survey invite`
            // (without a deadline): recorded, so the manager sees who opened, started and finished it.
            if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(ui.GroupOnlyManagers);
            return await PostInvitationAsync(turn, survey, language, deadline: null, cancellationToken);
        }
        try
        {
            var stored = await progress.GetAsync(turn, cancellationToken);
            var current = stored?.State.SurveyId == survey.Id ? stored.State : null;
            // The new card is the one in use from now on; cards posted before it stop moving the survey.
            if (current is not null) current = await RenewCardAsync(turn, current, stored!.ETag, cancellationToken);
            return TurnResult.Say(Reply.FromCard(CurrentView(survey, current, language, ui, shared: false, resumed: true)));
        }
        catch (ConcurrencyConflictException)
        {
            // Another delivery of this message (or a button pressed meanwhile) saved first; its card is the newer one.
            return TurnResult.Nothing;
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning(e, "Survey progress could not be read for {Conversation}", turn.Conversation.Id);
            return TurnResult.SayText(ui.StorageUnavailable);
        }
    }

    // Numbers a new card as the one in use. A redelivered activity saved nothing new: its card is the one read.
    private async Task<SurveyProgress> RenewCardAsync(Turn turn, SurveyProgress current, ETag? etag, CancellationToken cancellationToken)
    {
        var renewed = current with { Card = current.Card + 1 };
        var saved = await progress.SaveAsync(turn, renewed, etag, cancellationToken);
        return saved.Outcome == SaveOutcome.AlreadyApplied ? current : renewed;
    }

    // The respondent's card as things stand: their result, their current page, or the first page.
    private static JsonObject CurrentView(SurveyDefinition survey, SurveyProgress? current, string language, SurveyTexts texts,
        bool shared, bool resumed, string? submittedNotice = null)
    {
        if (current?.Result is { } result)
            return SurveyResultCard.Build(SurveyResultViews.View(survey, result, language, submittedNotice ?? texts.AlreadySubmitted, shared,
                current.Card), texts);
        var answers = current?.Answers ?? [];
        var page = current is null ? FirstPage(survey, answers) : Math.Clamp(current.Page, 0, survey.Pages.Count - 1);
        var notice = resumed && current is not null && (current.Page > 0 || current.Answers.Count > 0) ? texts.Resumed : null;
        return SurveyPageCard.Build(SurveyPageViews.Page(survey, page, answers, language, texts, notice: notice, shared: shared,
            card: current?.Card ?? 0), texts);
    }

    private static int FirstPage(SurveyDefinition survey, IReadOnlyDictionary<string, string> answers) =>
        Visibility.ShownPages(survey, Visibility.Effective(survey, answers)).FirstOrDefault();

    private static TurnResult Respond(Turn turn, JsonObject card) =>
        turn.Action?.IsInvoke == true ? TurnResult.Answer(new InvokeReply.Card(card)) : TurnResult.Say(Reply.FromCard(card));

    private static TurnResult RespondText(Turn turn, string text) =>
        turn.Action?.IsInvoke == true ? TurnResult.Answer(new InvokeReply.Message(text)) : TurnResult.SayText(text);
}
