using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

// `survey invite [deadline]`: in a group chat or channel a project manager posts the invitation and the bot records
// it; in personal chat the manager sees where invitations are open and how many members opened, started and
// finished the survey.
public sealed partial class SurveyFlow
{
    private const string InvitationsOnlyManagers = "Survey invitations are for project managers.";

    public async Task<TurnResult> InviteAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(InvitationsOnlyManagers);
        var survey = catalog.Default;
        var language = survey.LanguageFor(turn.Language);
        var ui = SurveyTexts.For(language);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        try
        {
            if (turn.Conversation.Kind == ConversationKind.Personal) return TurnResult.SayText(Listing(await invitationStore.ListAsync(cancellationToken), today));
            var words = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            DateOnly? deadline = null;
            if (words.Length > 2)
            {
                if (!DateOnly.TryParseExact(words[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day <= today)
                    return TurnResult.SayText($"I could not use \"{Markdown.Escape(words[2])}\" as a deadline: write a day after today as {today.AddDays(14):yyyy-MM-dd}. Nothing was posted.");
                deadline = day;
            }
            await invitationStore.SaveAsync(new SurveyInvitation(turn.Conversation.Id, turn.Conversation.Name ?? "", survey.Id,
                turn.User.AadObjectId ?? turn.User.Id, time.GetUtcNow(), deadline), cancellationToken);
            var due = deadline is { } d ? $"Please answer by {d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}." : null;
            return TurnResult.Say(Reply.FromCard(SurveyInvitationCard.Build(survey.Id, survey.Title.For(language), survey.Intro.For(language), ui, due)));
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Survey invitation failed, store unavailable (activity {ActivityId}): {Error}", turn.ActivityId, e.Message);
            return TurnResult.SayText(ui.StorageUnavailable + " Nothing was posted.");
        }
    }

    private static string Listing(IReadOnlyList<InvitationCounts> invitations, DateOnly today)
    {
        var open = invitations.Where(i => i.Invitation.Deadline is null || i.Invitation.Deadline >= today)
            .OrderByDescending(i => i.Invitation.PostedUtc).ToList();
        if (open.Count == 0) return "No survey invitations are open. Type **survey invite** in a group chat or channel to post one (optionally with a deadline, e.g. **survey invite 2026-12-31**).";
        var text = new StringBuilder("Open survey invitations:\n\n");
        foreach (var (invitation, opened, started, finished) in open)
        {
            var where = invitation.ConversationName.Length > 0 ? Markdown.Escape(invitation.ConversationName) : "a group chat";
            var until = invitation.Deadline is { } d ? $", until {d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}" : "";
            text.Append($"- **{where}** ({Markdown.Escape(invitation.SurveyId)}), posted {invitation.PostedUtc.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}{until}: " +
                $"{opened} opened, {started} started, {finished} finished\n");
        }
        return text.ToString();
    }
}
