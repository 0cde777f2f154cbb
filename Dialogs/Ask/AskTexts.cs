using StakeholderBot.Knowledge.Answering;

namespace StakeholderBot.Dialogs.Ask;

// The bot's own words around answers and for small talk, in the 11 partner languages; "help" stays a command in every
// language. FromEnglishDocuments opens an answer quoted from English documents to a question asked in another language.
public sealed record AskTexts(
    string NotFound, string NotReady, string AskSomething, string Greeting, string Thanks, string Goodbye, string Identity, string Abilities,
    string Wellbeing, string FromEnglishDocuments, string Searching, string Busy)
{
    // Busy: the user asked the model more questions in the last hour than allowed; {0} = minutes until they may ask again.
    public string BusyFor(TimeSpan wait) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Busy, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));

    public static AskTexts For(string language) => All.GetValueOrDefault(language) ?? All["en"];

    // The reply to a message of small talk: the question to the bot first, then a greeting, then a closing.
    public string ReplyTo(IReadOnlySet<SmallTalk> said) =>
        said.Contains(SmallTalk.Identity) ? Identity
        : said.Contains(SmallTalk.Abilities) ? Abilities
        : said.Contains(SmallTalk.Wellbeing) ? Wellbeing
        : said.Contains(SmallTalk.Greeting) ? Greeting
        : said.Contains(SmallTalk.Thanks) ? Thanks
        : said.Contains(SmallTalk.Goodbye) ? Goodbye
        : AskSomething;

    private static readonly Dictionary<string, AskTexts> All = new()
    {
        ["en"] = new(
            NotFound: "I could not find that in the project documents. Try asking it another way, or type **help** to see what I can do.",
            NotReady: "I am still reading the project documents. Please ask again in a moment.",
            AskSomething: "Ask me a question about UpGradeSME, INTER VENTURES or INTRA, or type **help**.",
            Greeting: "Hello! I answer questions about UpGradeSME, INTER VENTURES and INTRA from their documents. Ask me anything, or pick one of the options below.",
            Thanks: "You're welcome! Ask me anything else about the projects.",
            Goodbye: "Goodbye! Come back whenever you have a question about the projects.",
            Identity: "I am StakeholderBot, the assistant of the Interreg projects UpGradeSME, INTER VENTURES and INTRA. I answer from the project documents and always cite my source.",
            Abilities: "I answer questions about UpGradeSME, INTER VENTURES and INTRA from their documents, with a source for every answer. This is what else I can do:",
            Wellbeing: "I'm fine, thank you! What would you like to know about the projects?",
            FromEnglishDocuments: "From the English project documents:",
            Searching: "Searching the project documents…",
            Busy: "You have asked a lot of questions in the last hour. Please ask again in about {0} min."),
        ["nl"] = new(
            NotFound: "Dat heb ik niet gevonden in de projectdocumenten. Stel je vraag eens anders, of typ **help** om te zien wat ik kan.",
            NotReady: "Ik ben de projectdocumenten nog aan het lezen. Stel je vraag over een ogenblik opnieuw.",
            AskSomething: "Stel me een vraag over UpGradeSME, INTER VENTURES of INTRA, of typ **help**.",
            Greeting: "Hallo! Ik beantwoord vragen over UpGradeSME, INTER VENTURES en INTRA uit hun documenten. Stel gerust een vraag, of kies hieronder.",
            Thanks: "Graag gedaan! Stel gerust nog een vraag over de projecten.",
            Goodbye: "Tot ziens! Kom gerust terug als je een vraag hebt over de projecten.",
            Identity: "Ik ben StakeholderBot, de assistent van de Interreg-projecten UpGradeSME, INTER VENTURES en INTRA. Ik antwoord uit de projectdocumenten en noem altijd mijn bron.",
            Abilities: "Ik beantwoord vragen over UpGradeSME, INTER VENTURES en INTRA uit hun documenten, met een bron bij elk antwoord. Dit kan ik verder:",
            Wellbeing: "Goed, dank je! Wat wil je weten over de projecten?",
            FromEnglishDocuments: "Uit de Engelstalige projectdocumenten:",
            Searching: "Ik zoek in de projectdocumenten…",
            Busy: "Je hebt het afgelopen uur heel veel vragen gesteld. Stel je vraag over ongeveer {0} min. opnieuw."),
        ["de"] = new(
            NotFound: "Das habe ich in den Projektdokumenten nicht gefunden. Formulieren Sie die Frage anders oder geben Sie **help** ein, um zu sehen, was ich kann.",
            NotReady: "Ich lese die Projektdokumente noch. Bitte fragen Sie gleich noch einmal.",
            AskSomething: "Stellen Sie mir eine Frage zu UpGradeSME, INTER VENTURES oder INTRA oder geben Sie **help** ein.",
            Greeting: "Hallo! Ich beantworte Fragen zu UpGradeSME, INTER VENTURES und INTRA aus ihren Dokumenten. Fragen Sie einfach, oder wählen Sie unten aus.",
            Thanks: "Gern geschehen! Fragen Sie gern weiter zu den Projekten.",
            Goodbye: "Auf Wiedersehen! Kommen Sie jederzeit mit Fragen zu den Projekten wieder.",
            Identity: "Ich bin StakeholderBot, der Assistent der Interreg-Projekte UpGradeSME, INTER VENTURES und INTRA. Ich antworte aus den Projektdokumenten und nenne immer meine Quelle.",
            Abilities: "Ich beantworte Fragen zu UpGradeSME, INTER VENTURES und INTRA aus ihren Dokumenten, mit einer Quelle zu jeder Antwort. Außerdem kann ich:",
            Wellbeing: "Danke, gut! Was möchten Sie über die Projekte wissen?",
            FromEnglishDocuments: "Aus den englischen Projektdokumenten:",
            Searching: "Ich durchsuche die Projektdokumente…",
            Busy: "Sie haben in der letzten Stunde sehr viele Fragen gestellt. Bitte fragen Sie in etwa {0} Min. noch einmal."),
        ["hu"] = new(
            NotFound: "Ezt nem találtam a projektdokumentumokban. Fogalmazd meg másképp a kérdést, vagy írd be: **help**, és megmutatom, miben segíthetek.",
            NotReady: "Még olvasom a projektdokumentumokat. Kérlek, kérdezz újra egy pillanat múlva.",
            AskSomething: "Kérdezz az UpGradeSME, az INTER VENTURES vagy az INTRA projektről, vagy írd be: **help**.",
            Greeting: "Szia! Az UpGradeSME, az INTER VENTURES és az INTRA projektről válaszolok a dokumentumaik alapján. Kérdezz bátran, vagy válassz lent.",
            Thanks: "Szívesen! Kérdezz bátran máskor is a projektekről.",
            Goodbye: "Viszlát! Gyere vissza bármikor, ha kérdésed van a projektekről.",
            Identity: "StakeholderBot vagyok, az UpGradeSME, az INTER VENTURES és az INTRA Interreg-projekt asszisztense. A projektdokumentumokból válaszolok, és mindig megadom a forrást.",
            Abilities: "Az UpGradeSME, az INTER VENTURES és az INTRA projektről válaszolok a dokumentumaik alapján, minden válaszhoz forrással. Ezenkívül ezeket tudom:",
            Wellbeing: "Köszönöm, jól! Mit szeretnél tudni a projektekről?",
            FromEnglishDocuments: "Az angol nyelvű projektdokumentumokból:",
            Searching: "Keresek a projektdokumentumokban…",
            Busy: "Az elmúlt órában nagyon sok kérdést tett fel. Kérem, kérdezzen újra körülbelül {0} perc múlva."),
        ["it"] = new(
            NotFound: "Non ho trovato questa informazione nei documenti del progetto. Prova a riformulare la domanda oppure scrivi **help** per vedere cosa posso fare.",
            NotReady: "Sto ancora leggendo i documenti del progetto. Riprova tra un momento.",
            AskSomething: "Fammi una domanda su UpGradeSME, INTER VENTURES o INTRA, oppure scrivi **help**.",
            Greeting: "Ciao! Rispondo alle domande su UpGradeSME, INTER VENTURES e INTRA a partire dai loro documenti. Chiedi pure, oppure scegli qui sotto.",
            Thanks: "Prego! Chiedimi pure altro sui progetti.",
            Goodbye: "Arrivederci! Torna quando vuoi con una domanda sui progetti.",
            Identity: "Sono StakeholderBot, l'assistente dei progetti Interreg UpGradeSME, INTER VENTURES e INTRA. Rispondo a partire dai documenti dei progetti e cito sempre la fonte.",
            Abilities: "Rispondo alle domande su UpGradeSME, INTER VENTURES e INTRA a partire dai loro documenti, con una fonte per ogni risposta. Inoltre posso:",
            Wellbeing: "Bene, grazie! Cosa vuoi sapere sui progetti?",
            FromEnglishDocuments: "Dai documenti di progetto in inglese:",
            Searching: "Cerco nei documenti del progetto…",
            Busy: "Hai fatto moltissime domande nell'ultima ora. Riprova tra circa {0} min."),
        ["pl"] = new(
            NotFound: "Nie znalazłem tego w dokumentach projektu. Spróbuj zadać pytanie inaczej albo wpisz **help**, aby zobaczyć, co potrafię.",
            NotReady: "Wciąż czytam dokumenty projektu. Zapytaj ponownie za chwilę.",
            AskSomething: "Zadaj mi pytanie o UpGradeSME, INTER VENTURES lub INTRA albo wpisz **help**.",
            Greeting: "Cześć! Odpowiadam na pytania o UpGradeSME, INTER VENTURES i INTRA na podstawie ich dokumentów. Zapytaj o coś albo wybierz poniżej.",
            Thanks: "Proszę bardzo! Pytaj śmiało o projekty.",
            Goodbye: "Do widzenia! Wróć, kiedy tylko będziesz mieć pytanie o projekty.",
            Identity: "Jestem StakeholderBot, asystent projektów Interreg UpGradeSME, INTER VENTURES i INTRA. Odpowiadam na podstawie dokumentów projektów i zawsze podaję źródło.",
            Abilities: "Odpowiadam na pytania o UpGradeSME, INTER VENTURES i INTRA na podstawie ich dokumentów, ze źródłem przy każdej odpowiedzi. Poza tym mogę:",
            Wellbeing: "Dobrze, dziękuję! Co chcesz wiedzieć o projektach?",
            FromEnglishDocuments: "Z angielskich dokumentów projektu:",
            Searching: "Przeszukuję dokumenty projektu…",
            Busy: "W ciągu ostatniej godziny zadano bardzo wiele pytań. Zapytaj ponownie za około {0} min."),
        ["es"] = new(
            NotFound: "No lo he encontrado en los documentos del proyecto. Prueba a formular la pregunta de otra manera o escribe **help** para ver lo que puedo hacer.",
            NotReady: "Todavía estoy leyendo los documentos del proyecto. Vuelve a preguntar en un momento.",
            AskSomething: "Hazme una pregunta sobre UpGradeSME, INTER VENTURES o INTRA, o escribe **help**.",
            Greeting: "¡Hola! Respondo preguntas sobre UpGradeSME, INTER VENTURES e INTRA a partir de sus documentos. Pregunta lo que quieras o elige abajo.",
            Thanks: "¡De nada! Pregúntame lo que quieras sobre los proyectos.",
            Goodbye: "¡Hasta luego! Vuelve cuando tengas una pregunta sobre los proyectos.",
            Identity: "Soy StakeholderBot, el asistente de los proyectos Interreg UpGradeSME, INTER VENTURES e INTRA. Respondo a partir de los documentos de los proyectos y siempre cito la fuente.",
            Abilities: "Respondo preguntas sobre UpGradeSME, INTER VENTURES e INTRA a partir de sus documentos, con una fuente para cada respuesta. Además puedo:",
            Wellbeing: "¡Bien, gracias! ¿Qué quieres saber sobre los proyectos?",
            FromEnglishDocuments: "De los documentos del proyecto en inglés:",
            Searching: "Buscando en los documentos del proyecto…",
            Busy: "Has hecho muchísimas preguntas en la última hora. Vuelve a preguntar dentro de unos {0} min."),
        ["lt"] = new(
            NotFound: "Projekto dokumentuose to neradau. Pabandykite klausimą užduoti kitaip arba įrašykite **help**, kad pamatytumėte, ką galiu.",
            NotReady: "Vis dar skaitau projekto dokumentus. Paklauskite dar kartą po akimirkos.",
            AskSomething: "Užduokite klausimą apie UpGradeSME, INTER VENTURES arba INTRA arba įrašykite **help**.",
            Greeting: "Sveiki! Atsakau į klausimus apie UpGradeSME, INTER VENTURES ir INTRA pagal jų dokumentus. Klauskite arba pasirinkite žemiau.",
            Thanks: "Prašom! Klauskite apie projektus ir daugiau.",
            Goodbye: "Viso gero! Grįžkite, kai turėsite klausimą apie projektus.",
            Identity: "Aš esu StakeholderBot, Interreg projektų UpGradeSME, INTER VENTURES ir INTRA asistentas. Atsakau pagal projektų dokumentus ir visada nurodau šaltinį.",
            Abilities: "Atsakau į klausimus apie UpGradeSME, INTER VENTURES ir INTRA pagal jų dokumentus ir prie kiekvieno atsakymo nurodau šaltinį. Be to, galiu:",
            Wellbeing: "Ačiū, gerai! Ką norėtumėte sužinoti apie projektus?",
            FromEnglishDocuments: "Iš projekto dokumentų anglų kalba:",
            Searching: "Ieškau projekto dokumentuose…",
            Busy: "Per pastarąją valandą uždavėte labai daug klausimų. Paklauskite dar kartą maždaug po {0} min."),
        ["sl"] = new(
            NotFound: "Tega nisem našel v projektnih dokumentih. Poskusite vprašanje zastaviti drugače ali vpišite **help**, da vidite, kaj znam.",
            NotReady: "Projektne dokumente še berem. Prosim, vprašajte znova čez trenutek.",
            AskSomething: "Vprašajte me o projektih UpGradeSME, INTER VENTURES ali INTRA ali vpišite **help**.",
            Greeting: "Pozdravljeni! Odgovarjam na vprašanja o projektih UpGradeSME, INTER VENTURES in INTRA iz njihovih dokumentov. Vprašajte ali izberite spodaj.",
            Thanks: "Ni za kaj! Vprašajte še kaj o projektih.",
            Goodbye: "Nasvidenje! Vrnite se, ko boste imeli vprašanje o projektih.",
            Identity: "Sem StakeholderBot, pomočnik projektov Interreg UpGradeSME, INTER VENTURES in INTRA. Odgovarjam iz projektnih dokumentov in vedno navedem vir.",
            Abilities: "Odgovarjam na vprašanja o projektih UpGradeSME, INTER VENTURES in INTRA iz njihovih dokumentov, z virom pri vsakem odgovoru. Poleg tega lahko:",
            Wellbeing: "Dobro, hvala! Kaj bi radi izvedeli o projektih?",
            FromEnglishDocuments: "Iz angleških projektnih dokumentov:",
            Searching: "Iščem po projektnih dokumentih…",
            Busy: "V zadnji uri ste postavili zelo veliko vprašanj. Vprašajte znova čez približno {0} min."),
        ["ro"] = new(
            NotFound: "Nu am găsit acest lucru în documentele proiectului. Încercați să formulați altfel întrebarea sau scrieți **help** pentru a vedea ce pot face.",
            NotReady: "Încă citesc documentele proiectului. Vă rog să întrebați din nou peste o clipă.",
            AskSomething: "Puneți-mi o întrebare despre UpGradeSME, INTER VENTURES sau INTRA ori scrieți **help**.",
            Greeting: "Bună ziua! Răspund la întrebări despre UpGradeSME, INTER VENTURES și INTRA pe baza documentelor lor. Întrebați-mă orice sau alegeți mai jos.",
            Thanks: "Cu plăcere! Întrebați-mă orice altceva despre proiecte.",
            Goodbye: "La revedere! Reveniți oricând aveți o întrebare despre proiecte.",
            Identity: "Sunt StakeholderBot, asistentul proiectelor Interreg UpGradeSME, INTER VENTURES și INTRA. Răspund pe baza documentelor proiectelor și indic mereu sursa.",
            Abilities: "Răspund la întrebări despre UpGradeSME, INTER VENTURES și INTRA pe baza documentelor lor, cu o sursă pentru fiecare răspuns. În plus, pot:",
            Wellbeing: "Bine, mulțumesc! Ce ați dori să aflați despre proiecte?",
            FromEnglishDocuments: "Din documentele în limba engleză ale proiectului:",
            Searching: "Caut în documentele proiectului…",
            Busy: "Ați pus foarte multe întrebări în ultima oră. Întrebați din nou peste aproximativ {0} min."),
        ["pt"] = new(
            NotFound: "Não encontrei isso nos documentos do projeto. Tente fazer a pergunta de outra forma ou escreva **help** para ver o que posso fazer.",
            NotReady: "Ainda estou a ler os documentos do projeto. Pergunte de novo daqui a pouco.",
            AskSomething: "Faça-me uma pergunta sobre UpGradeSME, INTER VENTURES ou INTRA, ou escreva **help**.",
            Greeting: "Olá! Respondo a perguntas sobre o UpGradeSME, o INTER VENTURES e o INTRA a partir dos seus documentos. Pergunte o que quiser ou escolha abaixo.",
            Thanks: "De nada! Pergunte-me o que quiser sobre os projetos.",
            Goodbye: "Até breve! Volte sempre que tiver uma pergunta sobre os projetos.",
            Identity: "Sou o StakeholderBot, o assistente dos projetos Interreg UpGradeSME, INTER VENTURES e INTRA. Respondo a partir dos documentos dos projetos e indico sempre a fonte.",
            Abilities: "Respondo a perguntas sobre o UpGradeSME, o INTER VENTURES e o INTRA a partir dos seus documentos, com uma fonte para cada resposta. Além disso, posso:",
            Wellbeing: "Bem, obrigado! O que gostaria de saber sobre os projetos?",
            FromEnglishDocuments: "Dos documentos do projeto em inglês:",
            Searching: "A procurar nos documentos do projeto…",
            Busy: "Fez muitíssimas perguntas na última hora. Pergunte novamente daqui a cerca de {0} min."),
    };
}
