namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts Lithuanian = new()
    {
        Welcome = "Sveiki atvykę į StakeholderBot",
        Intro = "Atsakau į klausimus apie Interreg projektus UpGradeSME, INTER VENTURES ir INTRA remdamasis jų dokumentais, jūsų kalba ir visada nurodydamas šaltinį.",
        AskExample = "Klauskite manęs bet ko apie projektus, pavyzdžiui:",
        ExampleQuestion = "Kada prasidėjo UpGradeSME?",
        StartSurvey = "Pildyti MVĮ pasirengimo eksportui apklausą",
        ManagersTitle = "Projektų vadovams",
        LogMeeting = "Užregistruoti posėdį",
        Meetings = "Posėdžių santrauka",
        SurveyResults = "Apklausos rezultatai",
        HelpHint = "Bet kada įveskite **help** ir pamatysite, ką galiu.",
        HelpTitle = "Ką galiu",
        AskTitle = "Klausimai apie projektus",
        AskHelp = "Klauskite savais žodžiais ir savo kalba. Atsakau remdamasis projektų dokumentais ir nurodau šaltinį; jei juose to nėra, taip ir pasakau. Kanale ar grupės pokalbyje paminėkite mane su @.",
        DocumentsHelp = "**documents**: Dokumentai, iš kurių atsakau; projektų vadovai man siunčia failus.",
        MyDataHelp = "**my data**: Peržiūrėkite, kas apie jus saugoma, arba tai ištrinkite ('delete my data').",
        SurveyTitle = "MVĮ pasirengimo eksportui apklausa",
        SurveyHelp = "Įveskite **survey**, kad pradėtumėte. Galite bet kada sustoti ir vėl įvesti **survey**, kad tęstumėte nuo ten, kur baigėte.",
        LogMeetingHelp = "**log meeting**: regioninės suinteresuotųjų šalių grupės posėdžio registravimas keturiais trumpais žingsniais.",
        MeetingsHelp = "**meetings** [projektas] [partneris, regionas ar šalis] [laikotarpis]: skaičiai, diagramos, atviri veiksmai ir CSV, pavyzdžiui, *{0}*.",
        SurveyResultsHelp = "**survey results** [projektas] [partneris, regionas ar šalis] [laikotarpis]: atsakymai, pasirengimas ir kliūtys su diagramomis ir CSV.",
        SurveyInviteHelp = "**survey invite** [mmmm-mm-dd]: paskelbkite apklausą grupės pokalbyje ar kanale jo nariams, galima su terminu; asmeniniame pokalbyje matysite, kas ją atidarė, pradėjo ir baigė.",
        RemindersHelp = "**reminders off** / **reminders on**: Įjungti arba išjungti rytinius priminimus apie artėjančius veiksmus.",
        Sent = "Išsiųsta už jus: {0}",
    };
}
