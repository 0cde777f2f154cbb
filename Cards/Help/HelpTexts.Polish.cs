namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts Polish = new()
    {
        Welcome = "Witamy w StakeholderBot",
        Intro = "Odpowiadam na pytania o projekty Interreg UpGradeSME, INTER VENTURES i INTRA na podstawie ich dokumentów, w Państwa języku i zawsze ze źródłem.",
        AskExample = "Proszę zapytać o cokolwiek w sprawie projektów, na przykład:",
        ExampleQuestion = "Kiedy rozpoczął się projekt UpGradeSME?",
        StartSurvey = "Wypełnij ankietę gotowości eksportowej MŚP",
        ManagersTitle = "Dla kierowników projektów",
        LogMeeting = "Zarejestruj spotkanie",
        Meetings = "Podsumowanie spotkań",
        SurveyResults = "Wyniki ankiety",
        HelpHint = "W każdej chwili proszę wpisać **help**, aby zobaczyć, co potrafię.",
        HelpTitle = "Co potrafię",
        AskTitle = "Pytania o projekty",
        AskHelp = "Proszę pytać własnymi słowami i we własnym języku. Odpowiadam na podstawie dokumentów projektów i podaję źródło; jeśli dokumenty tego nie mówią, informuję o tym. Na kanale lub czacie grupowym proszę oznaczyć mnie przez @.",
        DocumentsHelp = "**documents**: Dokumenty, z których odpowiadam; kierownicy projektów wysyłają mi pliki.",
        MyDataHelp = "**my data**: Zobacz, co jest o Tobie zapisane, lub to usuń ('delete my data').",
        SurveyTitle = "Ankieta gotowości eksportowej dla MŚP",
        SurveyHelp = "Proszę wpisać **survey**, aby zacząć. Można przerwać w każdej chwili i wpisać **survey** ponownie, aby kontynuować od miejsca przerwania.",
        LogMeetingHelp = "**log meeting**: rejestracja spotkania regionalnej grupy interesariuszy w czterech krótkich krokach.",
        MeetingsHelp = "**meetings** [projekt] [partner, region lub kraj] [okres]: liczby, wykresy, otwarte zadania i plik CSV, na przykład *{0}*.",
        SurveyResultsHelp = "**survey results** [projekt] [partner, region lub kraj] [okres]: odpowiedzi, gotowość i bariery z wykresami i plikiem CSV.",
        SurveyInviteHelp = "**survey invite** [rrrr-mm-dd]: opublikuj ankietę na czacie grupowym lub kanale dla jego członków, opcjonalnie z terminem; na czacie prywatnym zobacz, kto ją otworzył, rozpoczął i ukończył.",
        RemindersHelp = "**reminders off** / **reminders on**: Włącz lub wyłącz poranne przypomnienia o zadaniach do wykonania.",
        Sent = "Wysłano w Państwa imieniu: {0}",
    };
}
