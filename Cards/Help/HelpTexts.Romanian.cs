namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts Romanian = new()
    {
        Welcome = "Bun venit la StakeholderBot",
        Intro = "Răspund la întrebări despre proiectele Interreg UpGradeSME, INTER VENTURES și INTRA pe baza documentelor lor, în limba dumneavoastră și mereu cu sursa.",
        AskExample = "Întrebați-mă orice despre proiecte, de exemplu:",
        ExampleQuestion = "Când a început UpGradeSME?",
        StartSurvey = "Completați chestionarul privind pregătirea IMM-urilor pentru export",
        ManagersTitle = "Pentru managerii de proiect",
        LogMeeting = "Înregistrați o reuniune",
        Meetings = "Rezumatul reuniunilor",
        SurveyResults = "Rezultatele chestionarului",
        HelpHint = "Scrieți **help** oricând pentru a vedea ce pot face.",
        HelpTitle = "Ce pot face",
        AskTitle = "Întrebări despre proiecte",
        AskHelp = "Întrebați cu cuvintele și în limba dumneavoastră. Răspund din documentele proiectelor și arăt sursa; dacă ele nu spun, vă spun asta. Într-un canal sau un chat de grup, menționați-mă cu @.",
        DocumentsHelp = "**documents**: Documentele din care răspund; managerii de proiect îmi trimit fișiere.",
        MyDataHelp = "**my data**: Vedeți ce se păstrează despre dvs. sau ștergeți ('delete my data').",
        SurveyTitle = "Chestionar privind pregătirea pentru export a IMM-urilor",
        SurveyHelp = "Scrieți **survey** pentru a începe. Vă puteți opri oricând și scrie din nou **survey** pentru a continua de unde ați rămas.",
        LogMeetingHelp = "**log meeting**: înregistrați o reuniune a grupului regional al părților interesate în patru pași scurți.",
        MeetingsHelp = "**meetings** [proiect] [partener, regiune sau țară] [perioadă]: cifre, grafice, acțiuni deschise și un CSV, de exemplu *{0}*.",
        SurveyResultsHelp = "**survey results** [proiect] [partener, regiune sau țară] [perioadă]: răspunsuri, pregătire și bariere cu grafice și un CSV.",
        SurveyInviteHelp = "**survey invite** [aaaa-ll-zz]: publicați chestionarul într-un chat de grup sau canal pentru membrii săi, opțional cu termen; în chatul personal vedeți cine l-a deschis, început și terminat.",
        RemindersHelp = "**reminders off** / **reminders on**: Activați sau dezactivați mementourile de dimineață pentru acțiunile scadente.",
        Sent = "Trimis pentru dumneavoastră: {0}",
    };
}
