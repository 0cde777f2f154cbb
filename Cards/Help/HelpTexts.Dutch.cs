namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts Dutch = new()
    {
        Welcome = "Welkom bij StakeholderBot",
        Intro = "Ik beantwoord vragen over de Interreg-projecten UpGradeSME, INTER VENTURES en INTRA uit hun documenten, in uw taal en altijd met de bron.",
        AskExample = "Vraag me alles over de projecten, bijvoorbeeld:",
        ExampleQuestion = "Wanneer is UpGradeSME begonnen?",
        StartSurvey = "Vul de exportgereedheidsenquête voor mkb in",
        ManagersTitle = "Voor projectmanagers",
        LogMeeting = "Vergadering vastleggen",
        Meetings = "Overzicht vergaderingen",
        SurveyResults = "Enquêteresultaten",
        HelpHint = "Typ op elk moment **help** om te zien wat ik kan.",
        HelpTitle = "Wat ik kan",
        AskTitle = "Vragen over de projecten",
        AskHelp = "Vraag het in uw eigen woorden en taal. Ik antwoord uit de projectdocumenten en toon de bron; staat het er niet in, dan zeg ik dat. Noem me in een kanaal of groepschat met @.",
        DocumentsHelp = "**documents**: De documenten waaruit ik antwoord; projectmanagers sturen me bestanden.",
        MyDataHelp = "**my data**: Bekijk wat er over u is opgeslagen, of wis het ('delete my data').",
        SurveyTitle = "Exportgereedheidsenquête voor mkb",
        SurveyHelp = "Typ **survey** om te beginnen. U kunt altijd stoppen en later opnieuw **survey** typen om verder te gaan waar u was.",
        LogMeetingHelp = "**log meeting**: leg een vergadering van de regionale stakeholdergroep vast in vier korte stappen.",
        MeetingsHelp = "**meetings** [project] [partner, regio of land] [periode]: aantallen, grafieken, open acties en een CSV, bijvoorbeeld *{0}*.",
        SurveyResultsHelp = "**survey results** [project] [partner, regio of land] [periode]: antwoorden, exportgereedheid en belemmeringen met grafieken en een CSV.",
        SurveyInviteHelp = "**survey invite** [jjjj-mm-dd]: plaats de enquête in een groepschat of kanaal voor de leden, eventueel met een uiterste datum; zie in de persoonlijke chat wie hem opende, begon en invulde.",
        RemindersHelp = "**reminders off** / **reminders on**: Ochtendherinneringen aan openstaande actiepunten aan- of uitzetten.",
        Sent = "Voor u verstuurd: {0}",
    };
}
