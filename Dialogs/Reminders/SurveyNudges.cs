using Microsoft.Extensions.Logging;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Proactive;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Proactive;

namespace StakeholderBot.Dialogs.Reminders;

// NudgeAfterDays after an SME last touched a survey they started, one message in their personal chat with Continue
// (started from a group's invitation: the chat is started when the bot has none with them yet).
// At most one per response (the send ledger settles it for good), none once it is submitted, and none once the
// progress is gone (deleted with the respondent's data): the stored progress is read again right before sending.
public sealed class SurveyNudges(
    OpenSurveyStore open,
    SurveyProgressStore progress,
    SurveyCatalog catalog,
    SendLedger ledger,
    IProactiveSender sender,
    ScheduleOptions options,
    TimeProvider time,
    ILogger<SurveyNudges> logger)
{
    public const string Job = "nudge";
    private const string Once = "once";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var idle = await open.IdleSinceAsync(time.GetUtcNow() - TimeSpan.FromDays(options.NudgeAfterDays), cancellationToken);
        var sent = 0;
        foreach (var survey in idle)
        {
            if (await ledger.TryClaimAsync(Job, Once, survey.ResponseId, SendLedger.ThisInstance, options.Lease, cancellationToken) is not { } claim)
            {
                // Settled, but the listing missed its mark (storage failed right after): marked now, before the ledger
                // forgets the row (SendLedger.Keep) and the response would be nudged a second time.
                if (await ledger.IsSettledAsync(Job, Once, survey.ResponseId, cancellationToken)) await open.MarkNudgedAsync(survey.ResponseId, cancellationToken);
                continue;
            }
            try
            {
                var outcome = await NudgeAsync(survey, cancellationToken);
                if (outcome is null) await ledger.ReleaseAsync(claim, cancellationToken);
                else
                {
                    await ledger.SettleAsync(claim, outcome, cancellationToken);
                    if (outcome == "sent") sent++;
                    await open.MarkNudgedAsync(survey.ResponseId, cancellationToken);
                }
            }
            catch (StoreException e) when (!cancellationToken.IsCancellationRequested)
            {
                // An unsettled claim is taken over once its lease runs out.
                logger.LogWarning("Survey nudge interrupted by storage: {Reason}", e.Message);
            }
        }
        return sent;
    }

    // What to settle the claim with, or null to try again on a later run.
    private async Task<string?> NudgeAsync(OpenSurvey survey, CancellationToken cancellationToken)
    {
        var stored = (await progress.GetAsync(survey.ConversationId, survey.UserId, cancellationToken))?.State;
        var definition = catalog.Find(survey.SurveyId);
        if (stored is null || stored.ResponseId != survey.ResponseId || stored.Submitted || definition is null)
        {
            await open.RemoveAsync(survey.ResponseId, cancellationToken);
            return "not open any more";
        }
        var language = definition.LanguageFor(survey.Language);
        // The page numbered as the survey's own card numbers it.
        var page = SurveyPageViews.Page(definition, Math.Clamp(stored.Page, 0, definition.Pages.Count - 1), stored.Answers, language,
            SurveyTexts.For(language));
        var card = Reply.FromCard(SurveyNudgeCard.Build(definition.Id, definition.Title.For(language), language,
            page.PageNumber, page.PageCount, survey.Shared ? survey.ConversationId : null));
        var sent = survey.Shared
            ? sender.SendToPersonalChatAsync(survey.UserId, survey.Respondent, survey.ConversationId, card, cancellationToken)
            : sender.SendAsync(survey.ConversationId, card, cancellationToken);
        return await sent switch
        {
            ProactiveResult.Delivered => "sent",
            ProactiveResult.Unreachable => "unreachable",
            _ => null,
        };
    }
}
