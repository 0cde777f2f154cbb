namespace StakeholderBot.Knowledge.Text;

// Country names, adjectives and codes in the partner languages read as one word, so "the Hungarian action" finds
// "HUNGARY (...)" and "(PT)" finds Portugal. Domain knowledge of the projects' partner countries, not of any question.
public static class Countries
{
    private static readonly Dictionary<string, string> Names = Build(
        ("hungary", "hungary hungarian hungarians hongarije hongaars hongaarse ungarn ungarisch ungarische ungheria ungherese hungria hungaro hungara hungarian ungaria ungar ungureasca wegry wegier wegierski wegierska vengrija vengrijos madzarska madzarski magyarorszag magyar magyarorszagi"),
        ("netherlands", "netherlands dutch holland nederland nederlands nederlandse niederlande niederlandisch niederlandische olanda olandese paises bajos holanda neerlandes holandes holanda olanda olandeza olandez holandia holandii holenderski holenderska nyderlandai nyderlandu nizozemska nizozemski hollandia holland"),
        ("italy", "italy italian italians italie italiaans italiaanse italien italienisch italienische italia italiano italiana italiani italiane italiano italiano italiana italiei italian italiana wlochy wloch wloski wloska italija italijos italijanski italija olaszorszag olasz"),
        ("poland", "poland polish polen poolse polnisch polnische polonia polacco polacca polaco polaca polonia polonez poloneza polska polski polska polskie lenkija lenkijos poljska poljski lengyelorszag lengyel"),
        ("spain", "spain spanish spanje spaans spaanse spanien spanisch spanische spagna spagnolo spagnola espana espanol espanola espanha espanhol espanhola spania spaniol spaniola hiszpania hiszpanski hiszpanska ispanija ispanijos spanija spanski spanyolorszag spanyol"),
        ("lithuania", "lithuania lithuanian litouwen litouws litouwse litauen litauisch litauische lituania lituano lituana lituanie lituanian litwa litewski litewska lietuva lietuvos lietuviu litva litvanski litvanija litvania litvan litvaniai"),
        ("slovenia", "slovenia slovenian slovene slovenie sloveens sloveense slowenien slowenisch slowenische sloveno slovena eslovenia esloveno eslovena eslovenia esloveno slovenia sloven slovena slowenia slowenski slowenska slovenija slovenijos slovenski slovenska szlovenia szloven"),
        ("romania", "romania romanian roemenie roemeens roemeense rumanien rumanisch rumanische romania romeno romena rumania rumano rumana romenia romeno romena romania romana rumunia rumunski rumunska rumunija rumunijos romunija romunski romaniai roman"),
        ("germany", "germany german duitsland duits duitse deutschland deutsch deutsche germania tedesco tedesca alemania aleman alemana alemanha alemao alema germania german germana niemcy niemiecki niemiecka vokietija vokietijos nemcija nemski nemetorszag nemet"),
        ("portugal", "portugal portuguese portugees portugese portugiesisch portugiesische portogallo portoghese portugues portuguesa portugalia portughez portugheza portugalski portugalska portugalija portugalijos portugalska portugalski portugalia portugal"),
        ("croatia", "croatia croatian kroatie kroatisch kroatische kroatien croazia croato croata croacia croata croacia croata croatia croat kroacja chorwacja chorwacki kroatija kroatijos hrvaska hrvaski hrvatska hrvatski horvatorszag horvat"),
        ("slovakia", "slovakia slovak slowakije slowaaks slowakei slowakisch slovacchia slovacco eslovaquia eslovaco eslovaquia slovacia slowacja slowacki slovakija slovaska slovaski szlovakia szlovak"));

    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["HU"] = "hungary", ["NL"] = "netherlands", ["IT"] = "italy", ["PL"] = "poland", ["ES"] = "spain",
        ["LT"] = "lithuania", ["SI"] = "slovenia", ["RO"] = "romania", ["DE"] = "germany", ["PT"] = "portugal",
        ["HR"] = "croatia", ["SK"] = "slovakia",
    };

    public static string? Canonical(string folded)
    {
        if (Names.TryGetValue(folded, out var country)) return country;
        // Adjectives decline ("litauischen", "litewskiego", "lituana"): one case ending off, then the list again.
        foreach (var ending in Endings)
            if (folded.Length - ending.Length >= 5 && folded.EndsWith(ending, StringComparison.Ordinal)
                && ByStem.TryGetValue(folded.AsSpan(0, folded.Length - ending.Length), out country)) return country;
        return null;
    }

    // Looked up by a slice of the word, so trying endings allocates nothing (this runs for every word read).
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByStem = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Endings = ["iego", "ego", "iej", "ich", "ym", "im", "ej", "en", "er", "es", "em", "e", "a", "o", "u", "i", "os", "as", "us", "ai", "ui"];

    // Stands for "a country is named here" among a sentence's terms, so "which countries ...?" matches a sentence
    // that lists Hungary, Italy and Poland. Not a word: nothing else is spelled like it, and it is never indexed.
    public const string Marker = "#country";

    private static readonly HashSet<string> Canonicals = new(Names.Values, StringComparer.Ordinal);

    // The word "country" or "countries" in the partner languages (folded).
    private static readonly HashSet<string> CountryWords = new(
        ("country countries nation nations land landen lander staat staten paese paesi pais paises stato stati " +
         "tara tari kraj kraje krajow krajach salis salys saliu drzava drzave drzav orszag orszagok orszagban").Split(' '),
        StringComparer.Ordinal);

    public static bool IsCountry(string canonical) => Canonicals.Contains(canonical);

    public static bool IsCountryWord(string folded) => CountryWords.Contains(folded);

    // Only "(PT)"-style codes count: bare "it", "de" or "es" are ordinary words in several languages.
    public static string? FromCode(string raw) => Codes.GetValueOrDefault(raw);

    private static Dictionary<string, string> Build(params (string Country, string Words)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (country, words) in groups)
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map[word] = country;
        return map;
    }
}
