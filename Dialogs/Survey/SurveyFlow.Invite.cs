using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

// `survey invite [deadline]`: in a group chat or channel a project manager posts the invitation and the bot records
// it (plain `survey` there does the same, without a deadline); in personal chat the manager sees where invitations
// are open and how many members opened, started and finished the survey. All in the manager's language.
public sealed partial class SurveyFlow
{
    public async Task<TurnResult> InviteAsync(Turn turn, CancellationToken cancellationToken)
    {
        var survey = catalog.Default;
        var language = survey.LanguageFor(turn.Language);
        var ui = SurveyTexts.For(language);
        if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(ui.InvitationsOnlyManagers);
        var culture = Dates.CultureFor(language, turn.Locale);
        if (turn.Conversation.Kind == ConversationKind.Personal)
        {
            try
            {
                return TurnResult.SayText(Listing(await invitationStore.ListAsync(cancellationToken), ui, culture));
            }
            catch (StoreUnavailableException e)
            {
                logger.LogWarning("Survey invitations could not be listed: {Error}", e.Message);
                return TurnResult.SayText(ui.StorageUnavailable);
            }
        }
        var words = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        DateOnly? deadline = null;
        if (words.Length > 2)
        {
            if (!DateOnly.TryParseExact(words[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day <= Today)
                return TurnResult.SayText(ui.Format(ui.BadDeadline, Markdown.Escape(words[2]), Example));
            deadline = day;
        }
        return await PostInvitationAsync(turn, survey, language, deadline, cancellationToken);
    }

    // The invitation card in the chat, recorded first so the members' progress is counted against it.
    private async Task<TurnResult> PostInvitationAsync(Turn turn, SurveyDefinition survey, string language, DateOnly? deadline,
        CancellationToken cancellationToken)
    {
        var ui = SurveyTexts.For(language);
        try
        {
            await invitationStore.SaveAsync(new SurveyInvitation(turn.Conversation.Id, turn.Conversation.Name ?? "", survey.Id,
                turn.User.AadObjectId ?? turn.User.Id, time.GetUtcNow(), deadline), cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Survey invitation failed, store unavailable (activity {ActivityId}): {Error}", turn.ActivityId, e.Message);
            return TurnResult.SayText(ui.StorageUnavailable + " " + ui.NothingPosted);
        }
        return TurnResult.Say(Reply.FromCard(SurveyInvitationCard.Build(survey.Id, survey.Title.For(language), survey.Intro.For(language), ui,
            deadline, Dates.CultureFor(language, turn.Locale))));
    }

    private string Example => Today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Listing(IReadOnlyList<InvitationCounts> invitations, SurveyTexts ui, CultureInfo culture)
    {
        var open = invitations.Where(i => i.Invitation.Deadline is null || i.Invitation.Deadline >= Today)
            .OrderByDescending(i => i.Invitation.PostedUtc).ToList();
        if (open.Count == 0) return ui.Format(ui.NoInvitationsOpen, Example);
        var text = new StringBuilder(ui.InvitationsOpen).Append("\n\n");
        foreach (var (invitation, opened, started, finished) in open)
        {
            var where = invitation.ConversationName.Length > 0 ? Markdown.Escape(invitation.ConversationName) : ui.AGroupChat;
            var until = invitation.Deadline is { } d ? ui.Format(ui.InvitationUntil, Dates.Long(d, culture)) : "";
            var posted = Dates.Long(DateOnly.FromDateTime(invitation.PostedUtc.UtcDateTime), culture);
            text.Append("- ").Append(ui.Format(ui.InvitationLine, where, Markdown.Escape(invitation.SurveyId), posted, until, opened, started, finished))
                .Append('\n');
        }
        return text.ToString();
    }
}
