namespace StakeholderBot.Dialogs.Ask;

// The bot's own words around answers, in the 11 partner languages; "help" stays a command in every language.
public sealed record AskTexts(string NotFound, string NotReady, string AskSomething)
{
    public static AskTexts For(string language) => All.GetValueOrDefault(language) ?? All["en"];

    private static readonly Dictionary<string, AskTexts> All = new()
    {
        ["en"] = new("I could not find that in the project documents. Try asking it another way, or type **help** to see what I can do.",
            "I am still reading the project documents. Please ask again in a moment.",
            "Ask me a question about UpGradeSME, INTER VENTURES or INTRA, or type **help**."),
        ["nl"] = new("Dat heb ik niet gevonden in de projectdocumenten. Stel je vraag eens anders, of typ **help** om te zien wat ik kan.",
            "Ik ben de projectdocumenten nog aan het lezen. Stel je vraag over een ogenblik opnieuw.",
            "Stel me een vraag over UpGradeSME, INTER VENTURES of INTRA, of typ **help**."),
        ["de"] = new("Das habe ich in den Projektdokumenten nicht gefunden. Formulieren Sie die Frage anders oder geben Sie **help** ein, um zu sehen, was ich kann.",
            "Ich lese die Projektdokumente noch. Bitte fragen Sie gleich noch einmal.",
            "Stellen Sie mir eine Frage zu UpGradeSME, INTER VENTURES oder INTRA oder geben Sie **help** ein."),
        ["hu"] = new("Ezt nem találtam a projektdokumentumokban. Fogalmazd meg másképp a kérdést, vagy írd be: **help**, és megmutatom, miben segíthetek.",
            "Még olvasom a projektdokumentumokat. Kérlek, kérdezz újra egy pillanat múlva.",
            "Kérdezz az UpGradeSME, az INTER VENTURES vagy az INTRA projektről, vagy írd be: **help**."),
        ["it"] = new("Non ho trovato questa informazione nei documenti del progetto. Prova a riformulare la domanda oppure scrivi **help** per vedere cosa posso fare.",
            "Sto ancora leggendo i documenti del progetto. Riprova tra un momento.",
            "Fammi una domanda su UpGradeSME, INTER VENTURES o INTRA, oppure scrivi **help**."),
        ["pl"] = new("Nie znalazłem tego w dokumentach projektu. Spróbuj zadać pytanie inaczej albo wpisz **help**, aby zobaczyć, co potrafię.",
            "Wciąż czytam dokumenty projektu. Zapytaj ponownie za chwilę.",
            "Zadaj mi pytanie o UpGradeSME, INTER VENTURES lub INTRA albo wpisz **help**."),
        ["es"] = new("No lo he encontrado en los documentos del proyecto. Prueba a formular la pregunta de otra manera o escribe **help** para ver lo que puedo hacer.",
            "Todavía estoy leyendo los documentos del proyecto. Vuelve a preguntar en un momento.",
            "Hazme una pregunta sobre UpGradeSME, INTER VENTURES o INTRA, o escribe **help**."),
        ["lt"] = new("Projekto dokumentuose to neradau. Pabandykite klausimą užduoti kitaip arba įrašykite **help**, kad pamatytumėte, ką galiu.",
            "Vis dar skaitau projekto dokumentus. Paklauskite dar kartą po akimirkos.",
            "Užduokite klausimą apie UpGradeSME, INTER VENTURES arba INTRA arba įrašykite **help**."),
        ["sl"] = new("Tega nisem našel v projektnih dokumentih. Poskusite vprašanje zastaviti drugače ali vpišite **help**, da vidite, kaj znam.",
            "Projektne dokumente še berem. Prosim, vprašajte znova čez trenutek.",
            "Vprašajte me o projektih UpGradeSME, INTER VENTURES ali INTRA ali vpišite **help**."),
        ["ro"] = new("Nu am găsit acest lucru în documentele proiectului. Încercați să formulați altfel întrebarea sau scrieți **help** pentru a vedea ce pot face.",
            "Încă citesc documentele proiectului. Vă rog să întrebați din nou peste o clipă.",
            "Puneți-mi o întrebare despre UpGradeSME, INTER VENTURES sau INTRA ori scrieți **help**."),
        ["pt"] = new("Não encontrei isso nos documentos do projeto. Tente fazer a pergunta de outra forma ou escreva **help** para ver o que posso fazer.",
            "Ainda estou a ler os documentos do projeto. Pergunte de novo daqui a pouco.",
            "Faça-me uma pergunta sobre UpGradeSME, INTER VENTURES ou INTRA, ou escreva **help**."),
    };
}
