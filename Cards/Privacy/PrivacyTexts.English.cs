namespace StakeholderBot.Cards.Privacy;

public sealed partial record PrivacyTexts
{
    private static PrivacyTexts English { get; } = new()
    {
        StoredTitle = "What is stored about you",
        NothingStored = "Nothing is stored about you: no survey answers, contact details, saved progress or reactions.",
        AlwaysKept = "To reply to you I keep the id of our chat. My logs name no one and hold no answers or e-mail addresses.",
        CodeLine = "Your survey answers are stored under this code instead of your name: {0}",
        ResponsesTitle = "Survey answers",
        ResponseLine = "{0}, submitted {1}",
        ContactTitle = "Contact details",
        ContactLine = "Given with the {0} on {1}, stored apart from your answers and used only to contact you about support.",
        ProgressTitle = "Saved progress",
        ProgressLine = "Saved items: {0} (where you are in a survey, or your result once submitted, and the last questions you asked me so I can read follow-ups).",
        FeedbackTitle = "Your reactions to my answers",
        Liked = "liked",
        Disliked = "disliked",
        DeleteButton = "Delete my data",
        ConfirmTitle = "Delete your data?",
        ConfirmText = "This erases the following everywhere I store it. It cannot be undone.",
        ConfirmButton = "Delete everything",
        KeepButton = "Cancel",
        ResponsesCount = "Survey responses: {0}",
        ContactsCount = "Contact details: {0}",
        ProgressCount = "Saved progress: {0}",
        FeedbackCount = "Reactions to answers: {0}",
        ErasedTitle = "Your data is erased",
        ErasedText = "Erased everywhere I stored it:",
        NothingToErase = "Nothing is stored about you, so there was nothing to erase.",
        KeptText = "Nothing was deleted.",
        OnlyPersonal = "I show and delete your data only in our personal chat: open a chat with me and type **my data** or **delete my data** there.",
        StorageUnavailable = "I can't reach the storage right now, so nothing was shown or deleted. Please try again in a few minutes.",
        ReminderTitle = "Reminder settings",
        ReminderLine = "Time zone {0}, language {1} and our chat, so that action-item reminders reach you in your morning.",
        ReminderNameLine = "Your name, as Teams sent it: {0}",
        RemindersOffLine = "You turned the reminders off.",
        ReminderCount = "Reminder settings: {0}",
    };
}
