namespace StakeholderBot.Dialogs.Partners;

// The countries that may hold an Interreg Europe partner region (the EU, Norway, Switzerland), named in the partner
// languages, so a country is offered and understood in the user's language. Codes are ISO 3166 alpha-2, lower case.
public static class Countries
{
    public const string Other = "other";

    // The order of the names in every row.
    public static readonly IReadOnlyList<string> Languages = ["en", "nl", "de", "hu", "it", "lt", "pl", "pt", "ro", "sl", "es"];

    private static readonly Dictionary<string, string[]> Names = new(StringComparer.Ordinal)
    {
        ["at"] = ["Austria", "Oostenrijk", "Österreich", "Ausztria", "Austria", "Austrija", "Austria", "Áustria", "Austria", "Avstrija", "Austria"],
        ["be"] = ["Belgium", "België", "Belgien", "Belgium", "Belgio", "Belgija", "Belgia", "Bélgica", "Belgia", "Belgija", "Bélgica"],
        ["bg"] = ["Bulgaria", "Bulgarije", "Bulgarien", "Bulgária", "Bulgaria", "Bulgarija", "Bułgaria", "Bulgária", "Bulgaria", "Bolgarija", "Bulgaria"],
        ["hr"] = ["Croatia", "Kroatië", "Kroatien", "Horvátország", "Croazia", "Kroatija", "Chorwacja", "Croácia", "Croația", "Hrvaška", "Croacia"],
        ["cy"] = ["Cyprus", "Cyprus", "Zypern", "Ciprus", "Cipro", "Kipras", "Cypr", "Chipre", "Cipru", "Ciper", "Chipre"],
        ["cz"] = ["Czechia", "Tsjechië", "Tschechien", "Csehország", "Cechia", "Čekija", "Czechy", "Chéquia", "Cehia", "Češka", "Chequia"],
        ["dk"] = ["Denmark", "Denemarken", "Dänemark", "Dánia", "Danimarca", "Danija", "Dania", "Dinamarca", "Danemarca", "Danska", "Dinamarca"],
        ["ee"] = ["Estonia", "Estland", "Estland", "Észtország", "Estonia", "Estija", "Estonia", "Estónia", "Estonia", "Estonija", "Estonia"],
        ["fi"] = ["Finland", "Finland", "Finnland", "Finnország", "Finlandia", "Suomija", "Finlandia", "Finlândia", "Finlanda", "Finska", "Finlandia"],
        ["fr"] = ["France", "Frankrijk", "Frankreich", "Franciaország", "Francia", "Prancūzija", "Francja", "França", "Franța", "Francija", "Francia"],
        ["de"] = ["Germany", "Duitsland", "Deutschland", "Németország", "Germania", "Vokietija", "Niemcy", "Alemanha", "Germania", "Nemčija", "Alemania"],
        ["gr"] = ["Greece", "Griekenland", "Griechenland", "Görögország", "Grecia", "Graikija", "Grecja", "Grécia", "Grecia", "Grčija", "Grecia"],
        ["hu"] = ["Hungary", "Hongarije", "Ungarn", "Magyarország", "Ungheria", "Vengrija", "Węgry", "Hungria", "Ungaria", "Madžarska", "Hungría"],
        ["ie"] = ["Ireland", "Ierland", "Irland", "Írország", "Irlanda", "Airija", "Irlandia", "Irlanda", "Irlanda", "Irska", "Irlanda"],
        ["it"] = ["Italy", "Italië", "Italien", "Olaszország", "Italia", "Italija", "Włochy", "Itália", "Italia", "Italija", "Italia"],
        ["lv"] = ["Latvia", "Letland", "Lettland", "Lettország", "Lettonia", "Latvija", "Łotwa", "Letónia", "Letonia", "Latvija", "Letonia"],
        ["lt"] = ["Lithuania", "Litouwen", "Litauen", "Litvánia", "Lituania", "Lietuva", "Litwa", "Lituânia", "Lituania", "Litva", "Lituania"],
        ["lu"] = ["Luxembourg", "Luxemburg", "Luxemburg", "Luxemburg", "Lussemburgo", "Liuksemburgas", "Luksemburg", "Luxemburgo", "Luxemburg", "Luksemburg", "Luxemburgo"],
        ["mt"] = ["Malta", "Malta", "Malta", "Málta", "Malta", "Malta", "Malta", "Malta", "Malta", "Malta", "Malta"],
        ["nl"] = ["Netherlands", "Nederland", "Niederlande", "Hollandia", "Paesi Bassi", "Nyderlandai", "Holandia", "Países Baixos", "Țările de Jos", "Nizozemska", "Países Bajos"],
        ["pl"] = ["Poland", "Polen", "Polen", "Lengyelország", "Polonia", "Lenkija", "Polska", "Polónia", "Polonia", "Poljska", "Polonia"],
        ["pt"] = ["Portugal", "Portugal", "Portugal", "Portugália", "Portogallo", "Portugalija", "Portugalia", "Portugal", "Portugalia", "Portugalska", "Portugal"],
        ["ro"] = ["Romania", "Roemenië", "Rumänien", "Románia", "Romania", "Rumunija", "Rumunia", "Roménia", "România", "Romunija", "Rumanía"],
        ["sk"] = ["Slovakia", "Slowakije", "Slowakei", "Szlovákia", "Slovacchia", "Slovakija", "Słowacja", "Eslováquia", "Slovacia", "Slovaška", "Eslovaquia"],
        ["si"] = ["Slovenia", "Slovenië", "Slowenien", "Szlovénia", "Slovenia", "Slovėnija", "Słowenia", "Eslovénia", "Slovenia", "Slovenija", "Eslovenia"],
        ["es"] = ["Spain", "Spanje", "Spanien", "Spanyolország", "Spagna", "Ispanija", "Hiszpania", "Espanha", "Spania", "Španija", "España"],
        ["se"] = ["Sweden", "Zweden", "Schweden", "Svédország", "Svezia", "Švedija", "Szwecja", "Suécia", "Suedia", "Švedska", "Suecia"],
        ["no"] = ["Norway", "Noorwegen", "Norwegen", "Norvégia", "Norvegia", "Norvegija", "Norwegia", "Noruega", "Norvegia", "Norveška", "Noruega"],
        ["ch"] = ["Switzerland", "Zwitserland", "Schweiz", "Svájc", "Svizzera", "Šveicarija", "Szwajcaria", "Suíça", "Elveția", "Švica", "Suiza"],
        [Other] = ["Another country", "Een ander land", "Ein anderes Land", "Más ország", "Un altro paese", "Kita šalis", "Inny kraj", "Outro país", "Altă țară", "Druga država", "Otro país"],
    };

    public static IEnumerable<string> Codes => Names.Keys.Where(c => c != Other);

    public static bool IsKnown(string code) => code != Other && Names.ContainsKey(code);

    // The country's name in every partner language, by language code.
    public static IReadOnlyDictionary<string, string> NamesOf(string code) =>
        Languages.Zip(Names[code]).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    public static string Name(string code, string language) =>
        Names.TryGetValue(code, out var names) ? names[Math.Max(0, IndexOf(language))] : code;

    // A country as a user types it: its code or its name in any partner language, any case and accents.
    public static string? Find(string text)
    {
        var wanted = PlaceWords.Fold(text);
        if (wanted.Length == 0) return null;
        foreach (var (code, names) in Names)
            if (code != Other && (code == wanted || names.Any(n => PlaceWords.Fold(n) == wanted))) return code;
        return null;
    }

    private static int IndexOf(string language)
    {
        for (var i = 0; i < Languages.Count; i++)
            if (Languages[i] == language) return i;
        return -1;
    }
}
