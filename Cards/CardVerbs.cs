namespace StakeholderBot.Cards;

// Every Action.Execute verb the bot's cards send. The router hands a verb to the flow its prefix names.
public static class CardVerbs
{
    public const string SurveyPrefix = "survey.";
    public const string SurveyStart = SurveyPrefix + "start";
    public const string SurveyNext = SurveyPrefix + "next";
    public const string SurveyBack = SurveyPrefix + "back";
    public const string SurveySubmit = SurveyPrefix + "submit";
    public const string SurveyNew = SurveyPrefix + "new";
    public const string SurveyRefresh = SurveyPrefix + "refresh";

    public const string MeetingPrefix = "meeting.";
    public const string MeetingNext = MeetingPrefix + "next";
    public const string MeetingBack = MeetingPrefix + "back";
    public const string MeetingSave = MeetingPrefix + "save";
    public const string MeetingCancel = MeetingPrefix + "cancel";
    public const string MeetingStartOver = MeetingPrefix + "new";
    public const string MeetingResume = MeetingPrefix + "resume";
    public const string MeetingEdit = MeetingPrefix + "edit";
    public const string MeetingDone = MeetingPrefix + "done";

    // Personal data: none names whose data but the manager's erase (PrivacyActionData), so a forwarded card acts for
    // whoever presses it.
    public const string DataPrefix = "data.";
    public const string DataAskDelete = DataPrefix + "ask-delete";
    public const string DataDelete = DataPrefix + "delete";
    public const string DataKeep = DataPrefix + "keep";
    public const string DataErase = DataPrefix + "erase";
    public const string DocumentsPrefix = "documents.";
    public const string DocumentsList = DocumentsPrefix + "list";
    public const string DocumentRemove = DocumentsPrefix + "remove";
    public const string DocumentRemoveConfirm = DocumentsPrefix + "remove.confirm";
    public const string DocumentReplace = DocumentsPrefix + "replace";
    public const string DocumentReplaceConfirm = DocumentsPrefix + "replace.confirm";
    public const string DocumentsCancel = DocumentsPrefix + "cancel";

    public const string ReminderPrefix = "reminder.";
    public const string ReminderDone = ReminderPrefix + "done";
    public const string ReminderSnooze = ReminderPrefix + "snooze";

    // A help or welcome button: the command it carries runs as if typed.
    public const string HelpRun = "help.run";
}
