namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts Italian = new()
    {
        Welcome = "Benvenuto in StakeholderBot",
        Intro = "Rispondo alle domande sui progetti Interreg UpGradeSME, INTER VENTURES e INTRA a partire dai loro documenti, nella sua lingua e sempre con la fonte.",
        AskExample = "Mi chieda qualsiasi cosa sui progetti, ad esempio:",
        ExampleQuestion = "Quando è iniziato UpGradeSME?",
        StartSurvey = "Compila il questionario sulla prontezza all'export delle PMI",
        ManagersTitle = "Per i project manager",
        LogMeeting = "Registra una riunione",
        Meetings = "Riepilogo riunioni",
        SurveyResults = "Risultati del questionario",
        HelpHint = "Scriva **help** in qualsiasi momento per vedere cosa posso fare.",
        HelpTitle = "Cosa posso fare",
        AskTitle = "Domande sui progetti",
        AskHelp = "Chieda con parole sue e nella sua lingua. Rispondo dai documenti dei progetti indicando la fonte; se non ne parlano, glielo dico. In un canale o in una chat di gruppo mi menzioni con @.",
        DocumentsHelp = "**documents**: I documenti da cui rispondo; i project manager mi inviano file.",
        MyDataHelp = "**my data**: Vedi cosa è conservato su di te, o cancellalo ('delete my data').",
        SurveyTitle = "Questionario sulla prontezza all'export per le PMI",
        SurveyHelp = "Scriva **survey** per iniziare. Può fermarsi in qualsiasi momento e scrivere di nuovo **survey** per riprendere da dove era rimasto.",
        LogMeetingHelp = "**log meeting**: registra una riunione del gruppo regionale degli stakeholder in quattro brevi passi.",
        MeetingsHelp = "**meetings** [progetto] [partner, regione o paese] [periodo]: numeri, grafici, azioni aperte e un CSV, ad esempio *{0}*.",
        SurveyResultsHelp = "**survey results** [progetto] [partner, regione o paese] [periodo]: risposte, prontezza e ostacoli con grafici e un CSV.",
        SurveyInviteHelp = "**survey invite** [aaaa-mm-gg]: pubblica il questionario in una chat di gruppo o in un canale per i suoi membri, anche con una scadenza; in chat personale vedi chi l'ha aperto, iniziato e completato.",
        RemindersHelp = "**reminders off** / **reminders on**: Attiva o disattiva i promemoria mattutini delle azioni in scadenza.",
        Sent = "Inviato per lei: {0}",
    };
}
