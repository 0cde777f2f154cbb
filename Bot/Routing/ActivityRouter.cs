using StakeholderBot.Cards;
using StakeholderBot.Dialogs;
using StakeholderBot.Dialogs.Ask;
using StakeholderBot.Dialogs.Documents;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Dialogs.Privacy;
using StakeholderBot.Dialogs.Reminders;
using StakeholderBot.Dialogs.Survey;
using StakeholderBot.Dialogs.Welcome;

namespace StakeholderBot.Bot.Routing;

// The flow a turn goes to and the route's name (traces and metrics tell turns apart by it).
public sealed record Route(string Name, Func<CancellationToken, Task<TurnResult>> RunAsync);

// Turn -> flow, by kind, then by card verb or text command. A message with files adds documents; anything else that
// is not a command is a question.
// Every turn of a project manager in personal chat also keeps their reminder address current.
public sealed class ActivityRouter(WelcomeFlow welcome, AskFlow ask, SurveyFlow survey, MeetingFlow meetings, RemindersFlow reminders,
    ManagerDirectory managers, PersonalDataFlow personalData, DocumentsFlow documents)
{
    private const string PersonalData = "personal-data";

    public Route Pick(Turn turn)
    {
        var route = turn.Kind switch
        {
            TurnKind.BotAdded => new("welcome", ct => welcome.WelcomeAsync(turn, ct)),
            TurnKind.Feedback => new("feedback", ct => ask.OnFeedbackAsync(turn, ct)),
            TurnKind.CardAction => PickAction(turn),
            TurnKind.Message when turn.Files is { Count: > 0 } => new("documents", ct => documents.OnFilesAsync(turn, ct)),
            _ => PickCommand(turn),
        };
        // Looking at or erasing one's data stores nothing new about the person: right after an erase, `my data` must
        // find nothing. Their next other turn writes the reminder address again.
        if (route.Name != PersonalData) managers.Notice(turn);
        return route;
    }

    private Route PickAction(Turn turn)
    {
        var verb = turn.Action?.Verb ?? "";
        if (verb == CardVerbs.HelpRun) return HelpButton(turn);
        if (verb.StartsWith(CardVerbs.SurveyPrefix, StringComparison.Ordinal)) return new("survey", ct => survey.OnActionAsync(turn, ct));
        if (verb.StartsWith(CardVerbs.MeetingPrefix, StringComparison.Ordinal)) return new("meetings", ct => meetings.OnActionAsync(turn, ct));
        if (verb.StartsWith(CardVerbs.DataPrefix, StringComparison.Ordinal)) return new(PersonalData, ct => personalData.OnActionAsync(turn, ct));
        if (verb.StartsWith(CardVerbs.DocumentsPrefix, StringComparison.Ordinal)) return new("documents", ct => documents.OnActionAsync(turn, ct));
        if (verb.StartsWith(CardVerbs.ReminderPrefix, StringComparison.Ordinal)) return new("reminders", ct => reminders.OnActionAsync(turn, ct));
        return new("unknown-verb", _ => Task.FromResult(TurnResult.Answer(
            new InvokeReply.Error(400, "UnknownVerb", "This card action is not known to the bot."))));
    }

    // A help button: its command runs as if typed, under that command's route.
    private Route HelpButton(Turn turn)
    {
        if (WelcomeFlow.TypedCommand(turn) is not { } typed)
            return new("help-button", _ => Task.FromResult(TurnResult.Answer(new InvokeReply.Error(400, "BadRequest", "This button carries no command."))));
        var command = PickCommand(typed);
        return command with { RunAsync = async ct => WelcomeFlow.Ran(typed, await command.RunAsync(ct)) };
    }

    private Route PickCommand(Turn turn)
    {
        var command = Commands.Parse(turn.Text);
        // Survey answers and meeting records are for the manager asking: never in a chat other members read.
        if (command is (Command.SurveyResults or Command.Meetings) && turn.Conversation.Kind != ConversationKind.Personal)
            return new("personal-only", _ => Task.FromResult(TurnResult.SayText(PersonalChatTexts.Pointer(turn.Language))));
        return command switch
        {
            Command.Help => new("help", ct => welcome.HelpAsync(turn, ct)),
            Command.SurveyResults => new("survey-results", ct => survey.ResultsAsync(turn, ct)),
            Command.Survey => new("survey", ct => survey.StartAsync(turn, ct)),
            Command.SurveyInvite => new("survey-invite", ct => survey.InviteAsync(turn, ct)),
            Command.LogMeeting => new("meetings", ct => meetings.StartLogAsync(turn, ct)),
            Command.Meetings => new("meetings", ct => meetings.SummaryAsync(turn, ct)),
            Command.MyData => new(PersonalData, ct => personalData.ShowAsync(turn, ct)),
            Command.DeleteMyData => new(PersonalData, ct => personalData.AskDeleteAsync(turn, ct)),
            Command.DeleteData => new(PersonalData, ct => personalData.AskEraseAsync(turn, ct)),
            Command.Documents => new("documents", ct => documents.ListAsync(turn, ct)),
            Command.Reminders => new("reminders", ct => reminders.SwitchAsync(turn, ct)),
            _ => new("ask", ct => ask.AnswerAsync(turn, ct)),
        };
    }
}
