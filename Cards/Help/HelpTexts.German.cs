namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts German = new()
    {
        Welcome = "Willkommen bei StakeholderBot",
        Intro = "Ich beantworte Fragen zu den Interreg-Projekten UpGradeSME, INTER VENTURES und INTRA aus ihren Dokumenten, in Ihrer Sprache und immer mit Quelle.",
        AskExample = "Fragen Sie mich alles zu den Projekten, zum Beispiel:",
        ExampleQuestion = "Wann hat UpGradeSME begonnen?",
        StartSurvey = "Umfrage zur Exportbereitschaft für KMU ausfüllen",
        ManagersTitle = "Für Projektmanager",
        LogMeeting = "Sitzung erfassen",
        Meetings = "Sitzungsübersicht",
        SurveyResults = "Umfrageergebnisse",
        HelpHint = "Geben Sie jederzeit **help** ein, um zu sehen, was ich kann.",
        HelpTitle = "Was ich kann",
        AskTitle = "Fragen zu den Projekten",
        AskHelp = "Fragen Sie in Ihren eigenen Worten und Ihrer Sprache. Ich antworte aus den Projektdokumenten und zeige die Quelle; steht es nicht darin, sage ich es Ihnen. In einem Kanal oder Gruppenchat erwähnen Sie mich mit @.",
        DocumentsHelp = "**documents**: Die Dokumente, aus denen ich antworte; Projektmanager senden mir Dateien.",
        MyDataHelp = "**my data**: Sehen, was über Sie gespeichert ist, oder es löschen ('delete my data').",
        SurveyTitle = "Umfrage zur Exportbereitschaft für KMU",
        SurveyHelp = "Geben Sie **survey** ein, um zu beginnen. Sie können jederzeit aufhören und mit **survey** dort weitermachen, wo Sie aufgehört haben.",
        LogMeetingHelp = "**log meeting**: eine Sitzung der regionalen Stakeholdergruppe in vier kurzen Schritten erfassen.",
        MeetingsHelp = "**meetings** [Projekt] [Partner, Region oder Land] [Zeitraum]: Zahlen, Diagramme, offene Aufgaben und eine CSV, zum Beispiel *{0}*.",
        SurveyResultsHelp = "**survey results** [Projekt] [Partner, Region oder Land] [Zeitraum]: Antworten, Exportbereitschaft und Hindernisse mit Diagrammen und einer CSV.",
        SurveyInviteHelp = "**survey invite** [jjjj-mm-tt]: die Umfrage in einem Gruppenchat oder Kanal für dessen Mitglieder posten, optional mit Frist; im persönlichen Chat sehen, wer sie geöffnet, begonnen und abgeschlossen hat.",
        RemindersHelp = "**reminders off** / **reminders on**: Morgendliche Erinnerungen an fällige Aufgaben ein- oder ausschalten.",
        Sent = "Für Sie gesendet: {0}",
    };
}
