using System.Globalization;

namespace StakeholderBot.Cards.Privacy;

// The personal-data cards' words, in the survey languages (respondents read them); English for anything else.
// Counts are written "Label: n" so no language needs plural forms.
public sealed partial record PrivacyTexts
{
    public required string StoredTitle { get; init; }
    public required string NothingStored { get; init; }
    public required string AlwaysKept { get; init; }
    public required string CodeLine { get; init; }          // {0} the respondent's code
    public required string ResponsesTitle { get; init; }
    public required string ResponseLine { get; init; }      // {0} survey, {1} date
    public required string ContactTitle { get; init; }
    public required string ContactLine { get; init; }       // {0} survey, {1} date
    public required string ProgressTitle { get; init; }
    public required string ProgressLine { get; init; }      // {0} count
    public required string FeedbackTitle { get; init; }
    public required string Liked { get; init; }
    public required string Disliked { get; init; }
    public required string DeleteButton { get; init; }
    public required string ConfirmTitle { get; init; }
    public required string ConfirmText { get; init; }
    public required string ConfirmButton { get; init; }
    public required string KeepButton { get; init; }
    public required string ResponsesCount { get; init; }    // {0}
    public required string ContactsCount { get; init; }     // {0}
    public required string ProgressCount { get; init; }     // {0}
    public required string FeedbackCount { get; init; }     // {0}
    public required string ErasedTitle { get; init; }
    public required string ErasedText { get; init; }
    public required string NothingToErase { get; init; }
    public required string KeptText { get; init; }
    public required string OnlyPersonal { get; init; }
    public required string StorageUnavailable { get; init; }
    public required string ReminderTitle { get; init; }
    public required string ReminderLine { get; init; }      // {0} time zone, {1} language
    public required string ReminderNameLine { get; init; }  // {0} name
    public required string RemindersOffLine { get; init; }
    public required string ReminderCount { get; init; }     // {0}

    // Project managers' erase (their commands are English).
    public string EraseTitle { get; init; } = "Erase this respondent's data?";
    public string EraseText { get; init; } =
        "This erases everything stored under the code {0}, everywhere the bot stores it, and what is kept for the person's personal chat with the bot. It cannot be undone.";
    // What a code cannot reach: chats stored before references and questions carried the person's code, unused since.
    public string EraseUnlinked { get; init; } =
        "Not linked to the code, so not erased: what was kept for a personal chat with the bot that has not been used since 6 December 2026 " +
        "(where to reach it, its last questions). That goes when the person types **delete my data**.";
    public string EraseButton { get; init; } = "Erase";
    public string NothingForCode { get; init; } = "Nothing is stored under the code {0}.";
    public string NotACode { get; init; } =
        "Give the respondent's code as it appears in the survey CSV (the respondent column, 64 letters and digits): **delete data** *code*.";
    public string OnlyManagers { get; init; } = "Only project managers can erase another person's data. To erase your own, type **delete my data**.";

    public static PrivacyTexts For(string language) => language switch
    {
        "nl" => Dutch,
        "hu" => Hungarian,
        "it" => Italian,
        "pl" => Polish,
        "es" => Spanish,
        "lt" => Lithuanian,
        "sl" => Slovenian,
        _ => English,
    };

    public string Format(string text, params object[] values) => string.Format(CultureInfo.InvariantCulture, text, values);
}
