namespace StakeholderBot.Knowledge.Answering;

// Words and phrases (folded) that tell what kind of answer a question wants, in the 11 partner languages.
// Matched as whole words against the folded question.
public static class Cues
{
    public static readonly string[] Date = Words(
        "when", "what date", "which date", "what year", "which year", "what month", "which month", "since when", "until when", "how long", "what day", "which day",
        "wanneer", "welke datum", "welk jaar", "welke maand", "sinds wanneer", "tot wanneer", "hoe lang",
        "wann", "seit wann", "bis wann", "welches datum", "welchem jahr", "welches jahr", "wie lange",
        "cuando", "que fecha", "que ano", "desde cuando", "hasta cuando", "cuanto tiempo",
        "quando", "que data", "qual data", "que ano", "em que ano", "desde quando", "ate quando", "quanto tempo",
        "in che anno", "che data", "quale data", "da quando", "fino a quando", "per quanto tempo",
        "cand", "ce data", "in ce an", "de cand", "pana cand", "cat timp",
        "kiedy", "jakiej daty", "ktorym roku", "od kiedy", "do kiedy", "jak dlugo",
        "kada", "kokia data", "kuriais metais", "nuo kada", "iki kada", "kiek laiko",
        "kdaj", "katerega dne", "katerem letu", "od kdaj", "do kdaj", "kako dolgo",
        "mikor", "melyik evben", "milyen datum", "mióta", "miota", "meddig", "mennyi ideig",
        "date", "dates", "deadline", "start date", "end date", "startdatum", "begindatum", "einddatum", "datum", "fecha", "fechas", "datum");

    public static readonly string[] Contact = Words(
        "phone", "telephone", "phone number", "telephone number", "email", "e-mail", "email address", "e-mail address", "mail address",
        "contact details", "contact", "website", "web site", "url", "telefoonnummer", "telefoon", "e-mailadres", "emailadres", "contactgegevens",
        "telefonnummer", "telefon", "e-mail-adresse", "kontakt", "telefono", "correo", "correo electronico", "telefone", "contacto", "contatto",
        "numarul de telefon", "numer telefonu", "telefonas", "telefono numeris", "telefonska stevilka", "e-posta", "telefonszam", "e-mail cim");

    public static readonly string[] Start = Words(
        "start", "starts", "started", "starting", "begin", "begins", "began", "beginning", "launch", "launched", "commence", "commenced", "kick off", "kicked off", "kick-off",
        "gestart", "startte", "startten", "begon", "begonnen", "aanvang", "van start",
        "beginnt", "begann", "gestartet", "startete", "beginn",
        "empezo", "comenzo", "inicio", "inicia", "empieza", "comienza", "arranco",
        "comecou", "iniciou", "comeca", "inicio",
        "inizio", "iniziato", "inizia", "comincia", "cominciato", "avviato",
        "inceput", "incepe", "a inceput", "demarat", "lansat",
        "rozpoczal", "rozpoczela", "rozpoczelo", "poczatek", "zaczal", "zaczelo",
        "prasidejo", "prasideda", "pradzia", "pradejo",
        "zacel", "zacelo", "zacetek", "zacne",
        "kezdodott", "kezdete", "indult", "kezdodik", "elindult");

    public static readonly string[] End = Words(
        "end", "ends", "ended", "ending", "finish", "finishes", "finished", "conclude", "concluded", "close", "closed", "closes", "until", "run until", "runs until", "last until",
        "einde", "eindigt", "eindigde", "afgelopen", "loopt af", "liep af", "stopte", "eindig", "afgerond",
        "endet", "endete", "ende", "beendet", "abgeschlossen", "lauft bis",
        "termino", "termina", "fin", "finaliza", "finalizo", "acaba", "acabo",
        "terminou", "fim", "finalizou", "acabou",
        "finisce", "finito", "fine", "concluso", "terminato", "termine",
        "incheiat", "sfarsit", "se termina", "s-a terminat", "final",
        "zakonczyl", "zakonczyla", "zakonczylo", "koniec", "konczy",
        "baigesi", "baigiasi", "pabaiga", "baige",
        "koncal", "koncalo", "konec", "konca",
        "vegzodott", "vege", "befejezodott", "zarult", "veget ert", "ert veget", "er veget", "vegeter");

    // Verbs that ask for a period only in a question already about time ("until when does it run?").
    public static readonly string[] SpanVerbs = Words("run", "runs", "running", "ran", "last", "lasts", "lasted", "go on", "loopt", "liep", "lopen", "lauft", "dura", "dure", "trwa", "tart");

    public static readonly string[] Span = Words(
        "how long", "duration", "hoe lang", "duur", "duurt", "duurde", "wie lange", "dauer", "dauert", "dauerte",
        "cuanto tiempo", "duracion", "dura", "duro", "quanto tempo", "duracao", "durou", "durata", "durato", "cat timp", "a durat",
        "jak dlugo", "czas trwania", "trwa", "trwal", "kiek laiko", "trukme", "truko", "trunka", "kako dolgo", "trajanje", "traja", "trajal",
        "mennyi ideig", "idotartam", "meddig tart", "tartott");

    public static readonly string[] Amount = Words(
        "how much", "budget", "budgets", "cost", "costs", "funding", "amount", "allocated", "allocation", "money", "worth", "spend", "spent", "financing", "euro", "euros",
        "hoeveel geld", "bedrag", "kosten", "kost", "financiering",
        "wie viel", "wieviel", "betrag", "finanzierung",
        "cuanto", "cuanta", "presupuesto", "importe", "coste", "costo", "dinero", "financiacion",
        "quanto", "quanta", "orcamento", "montante", "custo", "dinheiro", "financiamento",
        "bilancio", "importo", "costo", "finanziamento",
        "buget", "suma", "costul", "finantare", "cat costa",
        "budzet", "kwota", "koszt", "finansowanie",
        "biudzetas", "biudzeto", "kaina", "finansavimas",
        "proracun", "znesek", "stroski", "financiranje",
        "koltsegvetes", "osszeg", "mennyi penz", "koltseg", "finanszirozas");

    public static readonly string[] Share = Words(
        "what share", "which share", "what percentage", "what proportion", "what part", "percentage", "how much of", "share of",
        "welk deel", "welk percentage", "aandeel", "welcher anteil", "anteil", "prozentsatz", "que porcentaje", "porcentaje", "que parte",
        "que percentagem", "percentagem", "quale percentuale", "percentuale", "quota", "ce procent", "procentul", "jaki procent", "udzial",
        "kokia dalis", "procentas", "kaksen delez", "delez", "odstotek", "hany szazalek", "arany", "szazalek");

    public static readonly string[] Count = Words(
        "how many", "the number of", "total number of", "what number of", "het aantal", "wie viele", "anzahl", "cuantos", "cuantas", "numero de", "quantos", "quantas", "quanti", "quante",
        "cati", "cate", "numarul", "liczba", "skolko", "kiek", "stevilo", "hany", "hanyan");

    // Language-specific words that mean both "how much" and "how many".
    public static readonly string[] Quantity = Words("hoeveel", "ile", "koliko", "mennyi", "quanto", "cat", "kiek");

    public static readonly string[] Who = Words(
        "who", "whom", "whose", "by whom", "wie", "door wie", "wer", "wem", "von wem", "quien", "quienes", "quem", "chi", "cine",
        "kto", "kogo", "kas", "kdo", "ki", "kik", "kinek");

    public static readonly string[] WhoNouns = Words(
        "partner", "partners", "agency", "agencies", "organisation", "organization", "organisations", "organizations", "company", "companies",
        "institution", "institutions", "body", "bodies", "person", "people", "ministry", "municipality", "university", "authority",
        "network", "association", "chamber", "firm", "beneficiary", "coordinator", "manager", "host", "hosts", "speaker", "expert", "experts", "representative",
        "partnerorganisatie", "organisatie", "bedrijf", "instantie", "agentschap", "gemeente", "organisation", "unternehmen", "behorde",
        "socio", "socios", "agencia", "organizacion", "empresa", "parceiro", "parceiros", "agencia", "organizacao", "ente", "agenzia", "organizzazione",
        "partener", "parteneri", "agentie", "organizatie", "partnerzy", "agencja", "organizacja", "partneris", "partneriai", "agentura",
        "organizacija", "partnerji", "agencija", "partnerek", "ugynokseg", "szervezet");

    public static readonly string[] Place = Words(
        "where", "which city", "which country", "which region", "what city", "what country", "what region", "in which city", "in which country",
        "waar", "welke stad", "welk land", "wo", "welche stadt", "welches land", "donde", "que ciudad", "que pais", "onde", "que cidade",
        "dove", "quale citta", "quale paese", "unde", "ce oras", "gdzie", "jakim miescie", "kur", "kuriame mieste", "kje", "katerem mestu", "hol", "melyik varos");

    public static readonly string[] Which = Words(
        "which", "welke", "welk", "welche", "welcher", "welches", "cual", "cuales", "qual", "quais", "quale", "quali",
        "care", "ktory", "ktora", "ktore", "kuris", "kuri", "kurie", "kateri", "katera", "katere", "melyik");

    // A question opening with one of these continues the previous one ("and when did it end?"), per language:
    // "in" means "and" in Slovenian but opens many English questions.
    public static readonly IReadOnlyDictionary<string, string[]> Continuation = PerLanguage(
        ("en", "and|also|what about|how about|and what about"), ("nl", "en|ook|en wat|en hoe"), ("de", "und|auch|und was|und wie"),
        ("es", "y|tambien|y que"), ("pt", "e|tambem|e quanto"), ("it", "e|anche|e quanto"), ("ro", "si|de asemenea"),
        ("pl", "i|a|oraz|a co"), ("lt", "ir|o|taip pat"), ("sl", "in|pa|tudi"), ("hu", "es|is|es mi"));

    // Pronouns that point back to the previous subject.
    public static readonly IReadOnlyDictionary<string, string[]> Anaphora = PerLanguage(
        ("en", "it|its|they|them|their|this project|that project|the project"), ("nl", "het|hij|zij|ze|hun|dit project|het project"),
        ("de", "es|sie|ihr|ihre|das projekt|dieses projekt"), ("es", "el proyecto|este proyecto|su|sus"), ("pt", "o projeto|este projeto|seu|sua"),
        ("it", "il progetto|questo progetto|suo|sua"), ("ro", "proiectul|acest proiect|sau"), ("pl", "ten projekt|projekt|jego|jej"),
        ("lt", "projektas|sis projektas|jo|jos"), ("sl", "projekt|ta projekt|njegov"), ("hu", "a projekt|ez a projekt|projekt"));

    private static readonly HashSet<string> References =
    [
        "this", "these", "that", "those", "it", "its", "such", "dit", "deze", "dat", "die", "dies", "diese", "dieser", "dieses", "das", "es",
        "este", "esta", "estos", "estas", "ese", "esa", "esse", "essa", "isto", "questo", "questa", "questi", "queste", "acest", "aceasta",
        "acesta", "ten", "ta", "to", "te", "sis", "si", "tas", "ez", "ezt", "ennek",
    ];

    private static readonly string[] BackPointers = Words(
        "them", "they", "these", "those", "of which", "ervan", "daarvan", "hiervan", "davon", "deren", "de ellos", "de los cuales", "deles",
        "dos quais", "di essi", "dei quali", "dintre ele", "z nich", "ju", "od tega", "ezek", "ezekbol");

    // Whether a sentence is about what the sentence before it named: it opens by pointing back ("This priority
    // axis ...") or counts something named before ("83 of them ...").
    public static bool RefersBack(string sentence) => RefersBack(sentence, Text.TextFolding.Fold(sentence));

    // folded: the sentence as TextFolding.Fold gives it, when the caller has it already.
    public static bool RefersBack(string sentence, string folded)
    {
        var end = 0;
        while (end < sentence.Length && char.IsLetter(sentence[end])) end++;
        if (end > 0 && References.Contains(Text.TextFolding.Fold(sentence.AsSpan(0, end)))) return true;
        return Has(Pad(folded, " ,.;:"), BackPointers);
    }

    // The words of a folded text between single spaces, with a space before and after, the separators dropped: the
    // form cue words (" end ") are looked for in. One allocation, where Split and Join made one per word.
    public static string Pad(string folded, ReadOnlySpan<char> separators)
    {
        Span<char> buffer = folded.Length <= 1024 ? stackalloc char[folded.Length + 2] : new char[folded.Length + 2];
        var length = 0;
        buffer[length++] = ' ';
        foreach (var c in folded)
        {
            if (!separators.Contains(c)) buffer[length++] = c;
            else if (buffer[length - 1] != ' ') buffer[length++] = ' ';
        }
        if (buffer[length - 1] != ' ') buffer[length++] = ' ';
        return new string(buffer[..length]);
    }

    public static bool Has(string foldedQuestion, string[] cues)
    {
        foreach (var cue in cues) if (foldedQuestion.Contains(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool StartsWith(string foldedQuestion, string[] cues)
    {
        foreach (var cue in cues) if (foldedQuestion.StartsWith(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    private static IReadOnlyDictionary<string, string[]> PerLanguage(params (string Language, string Cues)[] lists) =>
        lists.ToDictionary(l => l.Language, l => Words(l.Cues.Split('|')));

    // Cue words are wrapped in spaces so "end" does not match "attend"; the question is padded the same way.
    private static string[] Words(params string[] cues) => cues.Select(c => " " + c + " ").Distinct().ToArray();
}
