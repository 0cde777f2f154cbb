namespace StakeholderBot.Cards.Privacy;

// Keys of the personal-data cards' action data. A respondent's own request never carries whose data: the flow takes
// the user who presses; only a project manager's erase names a respondent, and the flow checks the manager again.
public static class PrivacyActionData
{
    public const string RespondentKey = "respondent";
    public const string LanguageKey = "lang";
}
