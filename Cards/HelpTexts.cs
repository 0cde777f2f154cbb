namespace StakeholderBot.Cards;

// The bot's own words for the welcome and help cards, per language.
public sealed record HelpTexts(string Welcome, string Intro, string CommandsTitle, IReadOnlyList<(string Command, string Description)> Commands, string AskHint)
{
    public static HelpTexts For(string language) => language switch
    {
        "nl" => Dutch,
        "de" => German,
        "hu" => Hungarian,
        "it" => Italian,
        "pl" => Polish,
        "es" => Spanish,
        "lt" => Lithuanian,
        "sl" => Slovenian,
        "ro" => Romanian,
        "pt" => Portuguese,
        _ => English,
    };

    public static readonly HelpTexts English = new(
        "Welcome to StakeholderBot",
        "I answer questions about the Interreg projects UpGradeSME, INTER VENTURES and INTRA from their documents, with a source for every answer. SMEs can take the export-readiness survey here, and project managers can log Regional Stakeholder Group meetings and pull summaries.",
        "Commands",
        [
            ("help", "Show what I can do"),
            ("survey", "Take or resume the SME export-readiness survey"),
            ("survey results", "Survey counts and CSV (project managers)"),
            ("log meeting", "Log a Regional Stakeholder Group meeting (project managers)"),
            ("meetings", "Summarise logged meetings, e.g. 'meetings INTRA 2021' (project managers)"),
            ("reminders off", "Turn the morning reminders of due action items on or off (project managers)"),
            ("my data", "See what is stored about you, or delete it ('delete my data')"),
        ],
        "Or just ask a question, for example: When did UpGradeSME start?");

    public static readonly HelpTexts Dutch = new(
        "Welkom bij StakeholderBot",
        "Ik beantwoord vragen over de Interreg-projecten UpGradeSME, INTER VENTURES en INTRA uit hun documenten, met een bron bij elk antwoord. Mkb-bedrijven kunnen hier de exportgereedheidsenquête invullen, en projectmanagers kunnen vergaderingen van de regionale stakeholdergroep vastleggen en samenvattingen opvragen.",
        "Opdrachten",
        [
            ("help", "Laat zien wat ik kan"),
            ("survey", "Vul de exportgereedheidsenquête in of ga verder"),
            ("survey results", "Aantallen en CSV van de enquête (projectmanagers)"),
            ("log meeting", "Leg een vergadering van de stakeholdergroep vast (projectmanagers)"),
            ("meetings", "Vat vastgelegde vergaderingen samen, bijv. 'meetings INTRA 2021' (projectmanagers)"),
            ("reminders off", "Ochtendherinneringen aan openstaande actiepunten aan- of uitzetten (projectmanagers)"),
            ("my data", "Bekijk wat er over u is opgeslagen, of wis het ('delete my data')"),
        ],
        "Of stel gewoon een vraag, bijvoorbeeld: Wanneer is UpGradeSME begonnen?");

    public static readonly HelpTexts German = new(
        "Willkommen bei StakeholderBot",
        "Ich beantworte Fragen zu den Interreg-Projekten UpGradeSME, INTER VENTURES und INTRA aus ihren Dokumenten, mit einer Quelle zu jeder Antwort. KMU können hier die Umfrage zur Exportbereitschaft ausfüllen, und Projektmanager können Sitzungen der regionalen Stakeholdergruppe erfassen und Zusammenfassungen abrufen.",
        "Befehle",
        [
            ("help", "Zeigt, was ich kann"),
            ("survey", "Umfrage zur Exportbereitschaft ausfüllen oder fortsetzen"),
            ("survey results", "Umfrageergebnisse und CSV (Projektmanager)"),
            ("log meeting", "Eine Sitzung der Stakeholdergruppe erfassen (Projektmanager)"),
            ("meetings", "Erfasste Sitzungen zusammenfassen, z. B. 'meetings INTRA 2021' (Projektmanager)"),
            ("reminders off", "Morgendliche Erinnerungen an fällige Aufgaben ein- oder ausschalten (Projektmanager)"),
            ("my data", "Sehen, was über Sie gespeichert ist, oder es löschen ('delete my data')"),
        ],
        "Oder stellen Sie einfach eine Frage, zum Beispiel: Wann hat UpGradeSME begonnen?");

    public static readonly HelpTexts Hungarian = new(
        "Üdvözli a StakeholderBot",
        "Az UpGradeSME, INTER VENTURES és INTRA Interreg-projektekkel kapcsolatos kérdésekre válaszolok a projektdokumentumok alapján, minden válaszhoz forrást adva. A kkv-k itt kitölthetik az exportfelkészültségi kérdőívet, a projektmenedzserek pedig rögzíthetik a regionális érdekelt csoport üléseit és összefoglalókat kérhetnek.",
        "Parancsok",
        [
            ("help", "Megmutatja, mire vagyok képes"),
            ("survey", "Az exportfelkészültségi kérdőív kitöltése vagy folytatása"),
            ("survey results", "Kérdőív-eredmények és CSV (projektmenedzserek)"),
            ("log meeting", "Az érdekelt csoport ülésének rögzítése (projektmenedzserek)"),
            ("meetings", "Rögzített ülések összefoglalása, pl. 'meetings INTRA 2021' (projektmenedzserek)"),
            ("reminders off", "Reggeli emlékeztetők az esedékes feladatokról be- vagy kikapcsolása (projektmenedzserek)"),
            ("my data", "Megnézheti, mit tárolunk Önről, vagy törölheti ('delete my data')"),
        ],
        "Vagy tegyen fel egy kérdést, például: Mikor kezdődött az UpGradeSME?");

    public static readonly HelpTexts Italian = new(
        "Benvenuto in StakeholderBot",
        "Rispondo alle domande sui progetti Interreg UpGradeSME, INTER VENTURES e INTRA a partire dai loro documenti, indicando una fonte per ogni risposta. Le PMI possono compilare qui il questionario sulla prontezza all'export, e i project manager possono registrare le riunioni del gruppo regionale degli stakeholder e ottenere riepiloghi.",
        "Comandi",
        [
            ("help", "Mostra cosa posso fare"),
            ("survey", "Compila o riprendi il questionario sulla prontezza all'export"),
            ("survey results", "Risultati del questionario e CSV (project manager)"),
            ("log meeting", "Registra una riunione del gruppo degli stakeholder (project manager)"),
            ("meetings", "Riepiloga le riunioni registrate, ad es. 'meetings INTRA 2021' (project manager)"),
            ("reminders off", "Attiva o disattiva i promemoria mattutini delle azioni in scadenza (project manager)"),
            ("my data", "Vedi cosa è conservato su di te, o cancellalo ('delete my data')"),
        ],
        "Oppure fai semplicemente una domanda, ad esempio: Quando è iniziato UpGradeSME?");

    public static readonly HelpTexts Polish = new(
        "Witamy w StakeholderBot",
        "Odpowiadam na pytania o projekty Interreg UpGradeSME, INTER VENTURES i INTRA na podstawie ich dokumentów, podając źródło każdej odpowiedzi. MŚP mogą tu wypełnić ankietę gotowości eksportowej, a kierownicy projektów mogą rejestrować spotkania regionalnej grupy interesariuszy i pobierać podsumowania.",
        "Polecenia",
        [
            ("help", "Pokaż, co potrafię"),
            ("survey", "Wypełnij lub wznów ankietę gotowości eksportowej"),
            ("survey results", "Wyniki ankiety i CSV (kierownicy projektów)"),
            ("log meeting", "Zarejestruj spotkanie grupy interesariuszy (kierownicy projektów)"),
            ("meetings", "Podsumuj zarejestrowane spotkania, np. 'meetings INTRA 2021' (kierownicy projektów)"),
            ("reminders off", "Włącz lub wyłącz poranne przypomnienia o zadaniach do wykonania (kierownicy projektów)"),
            ("my data", "Zobacz, co jest o Tobie zapisane, lub to usuń ('delete my data')"),
        ],
        "Możesz też po prostu zadać pytanie, na przykład: Kiedy rozpoczął się projekt UpGradeSME?");

    public static readonly HelpTexts Spanish = new(
        "Bienvenido a StakeholderBot",
        "Respondo preguntas sobre los proyectos Interreg UpGradeSME, INTER VENTURES e INTRA a partir de sus documentos, con una fuente para cada respuesta. Las pymes pueden rellenar aquí la encuesta de preparación para la exportación, y los gestores de proyecto pueden registrar las reuniones del grupo regional de partes interesadas y obtener resúmenes.",
        "Comandos",
        [
            ("help", "Muestra lo que puedo hacer"),
            ("survey", "Rellenar o retomar la encuesta de preparación para la exportación"),
            ("survey results", "Resultados de la encuesta y CSV (gestores de proyecto)"),
            ("log meeting", "Registrar una reunión del grupo de partes interesadas (gestores de proyecto)"),
            ("meetings", "Resumir las reuniones registradas, p. ej. 'meetings INTRA 2021' (gestores de proyecto)"),
            ("reminders off", "Activar o desactivar los recordatorios matutinos de acciones pendientes (gestores de proyecto)"),
            ("my data", "Ver lo que se guarda sobre usted, o borrarlo ('delete my data')"),
        ],
        "O simplemente haga una pregunta, por ejemplo: ¿Cuándo empezó UpGradeSME?");

    public static readonly HelpTexts Lithuanian = new(
        "Sveiki atvykę į StakeholderBot",
        "Atsakau į klausimus apie Interreg projektus UpGradeSME, INTER VENTURES ir INTRA remdamasis jų dokumentais ir prie kiekvieno atsakymo nurodau šaltinį. MVĮ čia gali užpildyti pasirengimo eksportui apklausą, o projektų vadovai – registruoti regioninės suinteresuotųjų šalių grupės posėdžius ir gauti santraukas.",
        "Komandos",
        [
            ("help", "Parodo, ką galiu"),
            ("survey", "Užpildyti arba tęsti pasirengimo eksportui apklausą"),
            ("survey results", "Apklausos rezultatai ir CSV (projektų vadovams)"),
            ("log meeting", "Užregistruoti suinteresuotųjų šalių grupės posėdį (projektų vadovams)"),
            ("meetings", "Apibendrinti užregistruotus posėdžius, pvz., 'meetings INTRA 2021' (projektų vadovams)"),
            ("reminders off", "Įjungti arba išjungti rytinius priminimus apie artėjančius veiksmus (projektų vadovams)"),
            ("my data", "Peržiūrėkite, kas apie jus saugoma, arba tai ištrinkite ('delete my data')"),
        ],
        "Arba tiesiog užduokite klausimą, pavyzdžiui: Kada prasidėjo UpGradeSME?");

    public static readonly HelpTexts Slovenian = new(
        "Dobrodošli v StakeholderBot",
        "Odgovarjam na vprašanja o projektih Interreg UpGradeSME, INTER VENTURES in INTRA na podlagi njihovih dokumentov in pri vsakem odgovoru navedem vir. MSP lahko tukaj izpolnijo vprašalnik o pripravljenosti na izvoz, vodje projektov pa lahko beležijo sestanke regionalne skupine deležnikov in pridobijo povzetke.",
        "Ukazi",
        [
            ("help", "Pokaže, kaj znam"),
            ("survey", "Izpolnite ali nadaljujte vprašalnik o pripravljenosti na izvoz"),
            ("survey results", "Rezultati vprašalnika in CSV (vodje projektov)"),
            ("log meeting", "Zabeležite sestanek skupine deležnikov (vodje projektov)"),
            ("meetings", "Povzemite zabeležene sestanke, npr. 'meetings INTRA 2021' (vodje projektov)"),
            ("reminders off", "Vklopite ali izklopite jutranje opomnike o zapadlih nalogah (vodje projektov)"),
            ("my data", "Oglejte si, kaj je shranjeno o vas, ali to izbrišite ('delete my data')"),
        ],
        "Ali pa preprosto postavite vprašanje, na primer: Kdaj se je začel UpGradeSME?");

    public static readonly HelpTexts Romanian = new(
        "Bun venit la StakeholderBot",
        "Răspund la întrebări despre proiectele Interreg UpGradeSME, INTER VENTURES și INTRA pe baza documentelor lor, cu o sursă pentru fiecare răspuns. IMM-urile pot completa aici chestionarul privind pregătirea pentru export, iar managerii de proiect pot înregistra reuniunile grupului regional al părților interesate și pot obține rezumate.",
        "Comenzi",
        [
            ("help", "Arată ce pot face"),
            ("survey", "Completați sau reluați chestionarul privind pregătirea pentru export"),
            ("survey results", "Rezultatele chestionarului și CSV (manageri de proiect)"),
            ("log meeting", "Înregistrați o reuniune a grupului părților interesate (manageri de proiect)"),
            ("meetings", "Rezumați reuniunile înregistrate, de ex. 'meetings INTRA 2021' (manageri de proiect)"),
            ("reminders off", "Activați sau dezactivați mementourile de dimineață pentru acțiunile scadente (manageri de proiect)"),
            ("my data", "Vedeți ce se păstrează despre dvs. sau ștergeți ('delete my data')"),
        ],
        "Sau puneți pur și simplu o întrebare, de exemplu: Când a început UpGradeSME?");

    public static readonly HelpTexts Portuguese = new(
        "Bem-vindo ao StakeholderBot",
        "Respondo a perguntas sobre os projetos Interreg UpGradeSME, INTER VENTURES e INTRA a partir dos seus documentos, com uma fonte para cada resposta. As PME podem preencher aqui o inquérito de preparação para a exportação, e os gestores de projeto podem registar as reuniões do grupo regional de partes interessadas e obter resumos.",
        "Comandos",
        [
            ("help", "Mostra o que posso fazer"),
            ("survey", "Preencher ou retomar o inquérito de preparação para a exportação"),
            ("survey results", "Resultados do inquérito e CSV (gestores de projeto)"),
            ("log meeting", "Registar uma reunião do grupo de partes interessadas (gestores de projeto)"),
            ("meetings", "Resumir as reuniões registadas, p. ex. 'meetings INTRA 2021' (gestores de projeto)"),
            ("reminders off", "Ativar ou desativar os lembretes matinais das ações a vencer (gestores de projeto)"),
            ("my data", "Veja o que está guardado sobre si, ou apague-o ('delete my data')"),
        ],
        "Ou faça simplesmente uma pergunta, por exemplo: Quando começou o UpGradeSME?");
}
