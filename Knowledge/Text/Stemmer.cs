namespace StakeholderBot.Knowledge.Text;

// Light suffix stripping per partner language (folded words): one longest matching inflection is removed when a
// stem of at least MinStem letters remains. FTS5's porter stems English in the index; English here is only for
// matching sentences in C#.
public static class Stemmer
{
    private const int MinStem = 3;

    private static readonly Dictionary<string, string[]> Suffixes = new()
    {
        ["nl"] = Sorted("heden heid ingen ing eren erde erden ende enden den ten en ers er de te je jes tje tjes es s e t ig ige"),
        ["de"] = Sorted("ungen ung heiten heit keiten keit ern em en er es e s nd ten te test tet st t lich liche lichen isch ische ischen"),
        ["es"] = Sorted("aciones acion amientos amiento imientos imiento mente ando iendo ados idos adas idas ado ido ada ida ar er ir es os as o a e s"),
        ["pt"] = Sorted("acoes acao amentos amento imentos imento mente ando endo indo ados idos adas idas ado ido ada ida ar er ir es os as o a e s"),
        ["it"] = Sorted("azioni azione amenti amento imenti imento mente ando endo ati iti ate ite ato ito ata ita are ere ire i e o a"),
        ["ro"] = Sorted("urilor ilor elor ului iile ele ile ii ul le lui ea ei ie a e i u"),
        ["pl"] = Sorted("owania owanie owaniu ami ach ow om owi ego emu ych ymi ich imi ie y i a e u o"),
        ["lt"] = Sorted("iams iems ams ems oms ose uose ais iu ju es as is ys us ai u a e i o s"),
        ["sl"] = Sorted("ovanje anja anje ami ega emu ih im om ov ev a e i o u"),
        ["hu"] = Sorted("oknak eknek akat eket okat ban ben nak nek val vel bol rol tol hoz hez hoz ra re ba be ak ek ok at et ot k t a e"),
    };

    // Words recur (a corpus's vocabulary is small next to its text): each stem is worked out once, not per sentence read.
    private static readonly GenerationalCache<(string Word, string Language), string> Known = new(20_000);

    public static string Stem(string folded, string language)
    {
        if (Known.TryGet((folded, language), out var known)) return known;
        var stem = StemOf(folded, language);
        Known.Add((folded, language), stem);
        return stem;
    }

    private static string StemOf(string folded, string language)
    {
        if (language == "en") return English(folded);
        if (folded.Length <= MinStem + 1 || !Suffixes.TryGetValue(language, out var suffixes)) return folded;
        foreach (var suffix in suffixes)
        {
            // Dutch past-tense -de/-te only after a real stem: "eindigde", "startte", but "einde" is a noun.
            var minimum = language == "nl" && suffix is "de" or "te" ? 5 : MinStem;
            if (folded.Length - suffix.Length >= minimum && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = Undouble(folded[..^suffix.Length], language);
                return language == "nl" && stem.Length > 5 && stem.EndsWith("ig", StringComparison.Ordinal) ? stem[..^2] : stem;
            }
        }
        return folded;
    }

    private static string English(string w)
    {
        if (w.Length <= 3) return w;
        if (w.EndsWith("ies") && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes")) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is")) w = w[..^1];

        if (w.EndsWith("ied") && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("ing") && w.Length - 3 >= MinStem) w = Undouble(w[..^3], "en");
        else if (w.EndsWith("ed") && w.Length - 2 >= MinStem) w = Undouble(w[..^2], "en");

        if (w.EndsWith("ation") && w.Length > 7) w = w[..^3];
        else if (w.EndsWith("ly") && w.Length > 5) w = w[..^2];
        if (w.EndsWith('e') && w.Length > 4) w = w[..^1];
        return w;
    }

    // Dutch and German double a consonant before some endings ("startte" -> "startt" -> "start").
    private static string Undouble(string stem, string language) =>
        language is "nl" or "de" or "en" && stem.Length > MinStem && stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1]) ? stem[..^1] : stem;

    private static string[] Sorted(string suffixes) =>
        suffixes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().OrderByDescending(s => s.Length).ToArray();
}
