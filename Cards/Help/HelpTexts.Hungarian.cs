namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts Hungarian = new()
    {
        Welcome = "Üdvözli a StakeholderBot",
        Intro = "Az UpGradeSME, INTER VENTURES és INTRA Interreg-projektekkel kapcsolatos kérdésekre válaszolok a projektdokumentumok alapján, az Ön nyelvén, mindig forrással.",
        AskExample = "Kérdezzen bármit a projektekről, például:",
        ExampleQuestion = "Mikor kezdődött az UpGradeSME?",
        StartSurvey = "Kkv-exportfelkészültségi kérdőív kitöltése",
        ManagersTitle = "Projektmenedzsereknek",
        LogMeeting = "Ülés rögzítése",
        Meetings = "Ülések összefoglalója",
        SurveyResults = "Kérdőív-eredmények",
        HelpHint = "Bármikor írja be: **help**, és megmutatom, mire vagyok képes.",
        HelpTitle = "Mire vagyok képes",
        AskTitle = "Kérdések a projektekről",
        AskHelp = "Kérdezzen a saját szavaival és nyelvén. A projektdokumentumokból válaszolok, és megmutatom a forrást; ha nem szerepel bennük, megmondom. Csatornában vagy csoportos csevegésben említsen meg @-cal.",
        DocumentsHelp = "**documents**: A dokumentumok, amelyekből válaszolok; a projektmenedzserek fájlt küldhetnek.",
        MyDataHelp = "**my data**: Megnézheti, mit tárolunk Önről, vagy törölheti ('delete my data').",
        SurveyTitle = "Exportfelkészültségi kérdőív kkv-knak",
        SurveyHelp = "Írja be: **survey**, és kezdhetjük. Bármikor abbahagyhatja, és a **survey** beírásával ott folytathatja, ahol abbahagyta.",
        LogMeetingHelp = "**log meeting**: a regionális érdekelt csoport ülésének rögzítése négy rövid lépésben.",
        MeetingsHelp = "**meetings** [projekt] [partner, régió vagy ország] [időszak]: számok, diagramok, nyitott feladatok és CSV, például *{0}*.",
        SurveyResultsHelp = "**survey results** [projekt] [partner, régió vagy ország] [időszak]: válaszok, felkészültség és akadályok diagramokkal és CSV-vel.",
        SurveyInviteHelp = "**survey invite** [éééé-hh-nn]: a kérdőív közzététele csoportos csevegésben vagy csatornán a tagoknak, határidővel is; személyes csevegésben látható, ki nyitotta meg, kezdte el és fejezte be.",
        RemindersHelp = "**reminders off** / **reminders on**: Reggeli emlékeztetők az esedékes feladatokról be- vagy kikapcsolása.",
        Sent = "Elküldve Ön helyett: {0}",
    };
}
