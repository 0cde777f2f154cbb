namespace StakeholderBot.Cards;

// The bot's own words for the welcome and help cards, per language.
public sealed record HelpTexts(string Welcome, string Intro, string CommandsTitle, IReadOnlyList<(string Command, string Description)> Commands, string AskHint)
{
    public static HelpTexts For(string language) => language switch
    {
        "nl" => Dutch,
        _ => English,
    };

    public static readonly HelpTexts English = new(
        "Welcome to StakeholderBot",
        "I answer questions about the Interreg projects UpGradeSME, INTER VENTURES and INTRA from their documents, with a source for every answer. SMEs can take the export-readiness survey here, and project managers can log Regional Stakeholder Group meetings and pull summaries.",
        "Commands",
        [
            ("help", "Show what I can do"),
            ("survey", "Take or resume the SME export-readiness survey"),
            ("survey results", "Survey counts and CSV (project managers)"),
            ("log meeting", "Log a Regional Stakeholder Group meeting (project managers)"),
            ("meetings", "Summarise logged meetings, e.g. 'meetings INTRA 2021' (project managers)"),
        ],
        "Or just ask a question, for example: When did UpGradeSME start?");

    public static readonly HelpTexts Dutch = new(
        "Welkom bij StakeholderBot",
        "Ik beantwoord vragen over de Interreg-projecten UpGradeSME, INTER VENTURES en INTRA uit hun documenten, met een bron bij elk antwoord. Mkb-bedrijven kunnen hier de exportgereedheidsenquête invullen, en projectmanagers kunnen vergaderingen van de regionale stakeholdergroep vastleggen en samenvattingen opvragen.",
        "Opdrachten",
        [
            ("help", "Laat zien wat ik kan"),
            ("survey", "Vul de exportgereedheidsenquête in of ga verder"),
            ("survey results", "Aantallen en CSV van de enquête (projectmanagers)"),
            ("log meeting", "Leg een vergadering van de stakeholdergroep vast (projectmanagers)"),
            ("meetings", "Vat vastgelegde vergaderingen samen, bijv. 'meetings INTRA 2021' (projectmanagers)"),
        ],
        "Of stel gewoon een vraag, bijvoorbeeld: Wanneer is UpGradeSME begonnen?");
}
