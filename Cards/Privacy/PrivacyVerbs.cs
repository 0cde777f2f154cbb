namespace StakeholderBot.Cards.Privacy;

// Action.Execute verbs of the personal-data cards; the host routes every "data." verb to the personal-data flow.
// None of them carries whose data: a respondent's own comes from the invoking user, so a forwarded card acts for
// whoever presses it; only a project manager's erase names a respondent, and the flow checks the manager again.
public static class PrivacyVerbs
{
    public const string Prefix = "data.";
    public const string AskDelete = "data.ask-delete";
    public const string Delete = "data.delete";
    public const string Keep = "data.keep";
    public const string Erase = "data.erase";

    public const string RespondentKey = "respondent";
    public const string LanguageKey = "lang";
}
