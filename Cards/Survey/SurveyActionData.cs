namespace StakeholderBot.Cards.Survey;

// Keys of the survey cards' action data; input ids start with "q." so they never clash with these.
public static class SurveyActionData
{
    public const string SurveyKey = "survey";
    public const string PageKey = "page";

    // Which card of the respondent's this is; only the newest one moves the survey on.
    public const string CardKey = "card";

    // The language the card is in, so the next card stays in it (clients such as the Agents Playground
    // always send en-US). Not on shared cards: there each member's own locale decides.
    public const string LanguageKey = "lang";

    // On the nudge for a response started from a group's invitation: the group chat or channel it is kept in.
    public const string FromKey = "from";

    // On a group invitation's refresh: its deadline (yyyy-MM-dd), so every member's view shows it.
    public const string DeadlineKey = "due";
}
