namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts Slovenian = new()
    {
        Welcome = "Dobrodošli v StakeholderBot",
        Intro = "Odgovarjam na vprašanja o projektih Interreg UpGradeSME, INTER VENTURES in INTRA na podlagi njihovih dokumentov, v vašem jeziku in vedno z virom.",
        AskExample = "Vprašajte me karkoli o projektih, na primer:",
        ExampleQuestion = "Kdaj se je začel UpGradeSME?",
        StartSurvey = "Izpolnite vprašalnik o izvozni pripravljenosti MSP",
        ManagersTitle = "Za vodje projektov",
        LogMeeting = "Zabeleži sestanek",
        Meetings = "Povzetek sestankov",
        SurveyResults = "Rezultati vprašalnika",
        HelpHint = "Kadar koli vpišite **help**, da vidite, kaj znam.",
        HelpTitle = "Kaj znam",
        AskTitle = "Vprašanja o projektih",
        AskHelp = "Sprašujte s svojimi besedami in v svojem jeziku. Odgovarjam iz projektnih dokumentov in pokažem vir; če tega ne navajajo, vam povem. V kanalu ali skupinskem klepetu me omenite z @.",
        DocumentsHelp = "**documents**: Dokumenti, iz katerih odgovarjam; vodje projektov mi pošljejo datoteke.",
        MyDataHelp = "**my data**: Oglejte si, kaj je shranjeno o vas, ali to izbrišite ('delete my data').",
        SurveyTitle = "Vprašalnik o izvozni pripravljenosti za MSP",
        SurveyHelp = "Vpišite **survey** za začetek. Kadar koli lahko prenehate in znova vpišete **survey**, da nadaljujete, kjer ste ostali.",
        LogMeetingHelp = "**log meeting**: zabeležite sestanek regionalne skupine deležnikov v štirih kratkih korakih.",
        MeetingsHelp = "**meetings** [projekt] [partner, regija ali država] [obdobje]: številke, grafi, odprta dejanja in CSV, na primer *{0}*.",
        SurveyResultsHelp = "**survey results** [projekt] [partner, regija ali država] [obdobje]: odgovori, pripravljenost in ovire z grafi in CSV.",
        SurveyInviteHelp = "**survey invite** [llll-mm-dd]: objavite anketo v skupinskem klepetu ali kanalu za njegove člane, po želji z rokom; v osebnem klepetu vidite, kdo jo je odprl, začel in končal.",
        RemindersHelp = "**reminders off** / **reminders on**: Vklopite ali izklopite jutranje opomnike o zapadlih nalogah.",
        Sent = "Poslano za vas: {0}",
    };
}
