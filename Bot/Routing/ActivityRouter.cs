using StakeholderBot.Cards;
using StakeholderBot.Dialogs;
using StakeholderBot.Dialogs.Ask;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Dialogs.Reminders;
using StakeholderBot.Dialogs.Survey;
using StakeholderBot.Dialogs.Welcome;

namespace StakeholderBot.Bot.Routing;

// Turn -> flow, by kind, then by card verb or text command. Anything that is not a command is a question.
// Every turn of a project manager in personal chat also keeps their reminder address current.
public sealed class ActivityRouter(WelcomeFlow welcome, AskFlow ask, SurveyFlow survey, MeetingFlow meetings, RemindersFlow reminders,
    ManagerDirectory managers)
{
    public Task<TurnResult> RouteAsync(Turn turn, CancellationToken cancellationToken)
    {
        managers.Notice(turn);
        return turn.Kind switch
        {
            TurnKind.BotAdded => welcome.WelcomeAsync(turn, cancellationToken),
            TurnKind.Feedback => ask.OnFeedbackAsync(turn, cancellationToken),
            TurnKind.CardAction => RouteActionAsync(turn, cancellationToken),
            _ => RouteCommandAsync(turn, cancellationToken),
        };
    }

    private Task<TurnResult> RouteActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        var verb = turn.Action?.Verb ?? "";
        if (verb == CardVerbs.HelpRun) return RunCommandAsync(turn, cancellationToken);
        if (verb.StartsWith(CardVerbs.SurveyPrefix, StringComparison.Ordinal)) return survey.OnActionAsync(turn, cancellationToken);
        if (verb.StartsWith(CardVerbs.MeetingPrefix, StringComparison.Ordinal)) return meetings.OnActionAsync(turn, cancellationToken);
        if (verb.StartsWith(CardVerbs.ReminderPrefix, StringComparison.Ordinal)) return reminders.OnActionAsync(turn, cancellationToken);
        return Task.FromResult(TurnResult.Answer(
            new InvokeReply.Error(400, "UnknownVerb", "This card action is not known to the bot.")));
    }

    // A help button: its command runs as if typed.
    private async Task<TurnResult> RunCommandAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (WelcomeFlow.TypedCommand(turn) is not { } typed)
            return TurnResult.Answer(new InvokeReply.Error(400, "BadRequest", "This button carries no command."));
        return WelcomeFlow.Ran(typed, await RouteCommandAsync(typed, cancellationToken));
    }

    private Task<TurnResult> RouteCommandAsync(Turn turn, CancellationToken cancellationToken)
    {
        var command = Commands.Parse(turn.Text);
        // Survey answers and meeting records are for the manager asking: never in a chat other members read.
        if (command is (Command.SurveyResults or Command.Meetings) && turn.Conversation.Kind != ConversationKind.Personal)
            return Task.FromResult(TurnResult.SayText(PersonalChatTexts.Pointer(turn.Language)));
        return command switch
        {
            Command.Help => welcome.HelpAsync(turn, cancellationToken),
            Command.SurveyResults => survey.ResultsAsync(turn, cancellationToken),
            Command.Survey => survey.StartAsync(turn, cancellationToken),
            Command.LogMeeting => meetings.StartLogAsync(turn, cancellationToken),
            Command.Meetings => meetings.SummaryAsync(turn, cancellationToken),
            Command.Reminders => reminders.SwitchAsync(turn, cancellationToken),
            _ => ask.AnswerAsync(turn, cancellationToken),
        };
    }
}
