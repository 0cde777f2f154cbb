namespace StakeholderBot.Cards.Survey;

// Action.Execute verbs of the survey cards; the host routes every "survey." verb to the survey flow.
public static class SurveyVerbs
{
    public const string Start = "survey.start";
    public const string Next = "survey.next";
    public const string Back = "survey.back";
    public const string Submit = "survey.submit";
    public const string New = "survey.new";
    public const string Refresh = "survey.refresh";

    // Keys of the action data; input ids start with "q." so they never clash with these.
    public const string SurveyKey = "survey";
    public const string PageKey = "page";

    // Which card of the respondent's this is; only the newest one moves the survey on.
    public const string CardKey = "card";

    // The language the card is in, so the next card stays in it (clients such as the Agents Playground
    // always send en-US). Not on shared cards: there each member's own locale decides.
    public const string LanguageKey = "lang";
}
