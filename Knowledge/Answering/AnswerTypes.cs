using System.Text.RegularExpressions;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// How strongly a sentence contains the kind of thing a question asks for (0..1): a date, an amount of money,
// a count, an organisation or person, a place, a name. Runs on the folded sentence.
public static partial class AnswerTypes
{
    private static readonly HashSet<string> Months = new((
        "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
        "januari februari maart mei juni juli augustus oktober januar februar marz mai dezember " +
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre " +
        "janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro " +
        "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre " +
        "ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie " +
        "styczen stycznia luty lutego marzec marca kwiecien kwietnia maj maja czerwiec czerwca lipiec lipca sierpien sierpnia wrzesien wrzesnia pazdziernik pazdziernika listopad listopada grudzien grudnia " +
        "sausis sausio vasaris vasario kovas kovo balandis balandzio geguze geguzes birzelis birzelio liepa liepos rugpjutis rugpjucio rugsejis rugsejo spalis spalio lapkritis lapkricio gruodis gruodzio " +
        "marec junij julij avgust marcius aprilis majus junius julius augusztus szeptember oktober").Split(' '), StringComparer.Ordinal);

    public static double Strength(AnswerKind kind, string folded)
    {
        var digits = HasDigit(folded);
        return kind switch
        {
            AnswerKind.Date => DateStrength(folded),
            AnswerKind.Amount => !digits ? 0 : Math.Max(Money().IsMatch(folded) ? 1.0 : BigNumber().IsMatch(folded) ? 0.8 : 0, Percent().IsMatch(folded) ? 0.5 : 0),
            AnswerKind.Share => !digits ? 0 : Percent().IsMatch(folded) ? 1.0 : Money().IsMatch(folded) || BigNumber().IsMatch(folded) ? 0.7 : CountStrength(folded) * 0.5,
            AnswerKind.Quantity => digits && (Money().IsMatch(folded) || Percent().IsMatch(folded) || BigNumber().IsMatch(folded)) ? 1.0 : CountStrength(folded) * 0.8,
            AnswerKind.Count => CountStrength(folded),
            AnswerKind.Contact => digits && Phone().IsMatch(folded) || Email().IsMatch(folded) || Web().IsMatch(folded) ? 1.0 : 0,
            _ => 0,
        };
    }

    // Who, Place and Name need the original capitals.
    public static double Strength(AnswerKind kind, string raw, string folded) => kind switch
    {
        AnswerKind.Who => Person().IsMatch(raw) || Organisation().IsMatch(folded) ? 1.0 : HasNameRun(raw) ? 0.7 : 0,
        AnswerKind.Place => HasNameRun(raw) || Capitalised().IsMatch(raw) ? 0.6 : 0,
        AnswerKind.Name => HasNameRun(raw) || Acronym().IsMatch(raw) ? 0.7 : 0,
        _ => Strength(kind, folded),
    };

    // Two or more capitalised words in a row, not just a sentence opening with "The" or "In".
    private static bool HasNameRun(string raw)
    {
        foreach (Match match in CapitalisedRun().Matches(raw))
        {
            var first = match.Value[..match.Value.IndexOfAny([' ', '\u00A0'])];
            if (!StopWords.IsAnyStopWord(TextFolding.Fold(first))) return true;
        }
        return false;
    }

    public static string Fold(string raw) => TextFolding.Fold(raw);

    // Two dates, or a start and an end marked in words, make a period: it answers both "when did it start" and "end".
    public static bool IsPeriod(string folded) => HasDigit(folded) && (DistinctDates(folded) >= 2 || Range().IsMatch(folded));

    // The dates a text mentions, each once: "28 february 2019" is one date, though its "february 2019" is also a
    // month-and-year. Full dates are taken first; a shorter form inside one already taken does not count again.
    private static int DistinctDates(string folded)
    {
        var taken = new List<(int Start, int End)>(4);
        foreach (var pattern in (Regex[])[DayMonthYear(), MonthDayYear(), YearMonthDay(), NumericDate(), MonthYear()])
            foreach (Match match in pattern.Matches(folded))
            {
                if (match.Groups["m"] is { Success: true } month && !Months.Contains(month.Value)) continue;
                var (start, end) = (match.Index, match.Index + match.Length);
                if (!taken.Exists(t => start < t.End && t.Start < end)) taken.Add((start, end));
            }
        return taken.Count;
    }

    public static bool IsDuration(string folded) => Duration().IsMatch(folded);

    // Month names are checked against a set: one regex alternation of every month in eleven languages is slow.
    private static double DateStrength(string folded) =>
        !HasDigit(folded) ? 0
        : NumericDate().IsMatch(folded) || Dates(folded, DayMonthYear()) + Dates(folded, MonthDayYear()) + Dates(folded, YearMonthDay()) > 0 ? 1.0
        : Dates(folded, MonthYear()) > 0 ? 0.8
        : Dates(folded, DayMonth()) > 0 ? 0.6
        : Duration().IsMatch(folded) ? 0.5
        : Year().IsMatch(folded) ? 0.45 : 0;

    private static int Dates(string folded, Regex pattern)
    {
        var count = 0;
        foreach (Match match in pattern.Matches(folded)) if (Months.Contains(match.Groups["m"].Value)) count++;
        return count;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text) if (char.IsAsciiDigit(c)) return true;
        return false;
    }

    private static double CountStrength(string folded)
    {
        if (!HasDigit(folded)) return NumberWord().IsMatch(folded) ? 0.9 : 0;
        foreach (Match match in CountedNumber().Matches(folded))
        {
            var number = match.Groups["n"].Value;
            if (number.Length == 4 && number[0] is '1' or '2') continue; // a year
            return 1.0;
        }
        return NumberWord().IsMatch(folded) ? 0.9 : 0;
    }

    [GeneratedRegex(@"\b\d{1,2}[./-]\d{1,2}[./-](\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th|e|er|\.)?\s*(of\s+)?(?<m>[a-z]+)\.?,?\s*(in\s+)?\d{4}\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>[a-z]+)\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b\d{4}\.?\s*(?<m>[a-z]+)\s*\d{1,2}\b")]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"\b(?<m>[a-z]+)\.?\s+(of\s+)?\d{4}\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th|e|er|\.)?\s*(of\s+)?(?<m>[a-z]+)\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six|twee|drie|vier|vijf|zwei|drei|dos|tres|due|tre|doi|trei|dwa|trzy|du|trys|dva|tri|ket|harom)[- ]?(year|years|month|months|week|weeks|jaar|jarig|maanden|jahr|jahre|jahrig|monate|ano|anos|anni|anno|mesi|meses|ani|luni|lat|lata|miesiecy|metai|metu|menesiai|leto|leta|let|mesecev|ev|eves|honap)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<![\w/])\+?\d[\d /().-]{6,}\d")]
    private static partial Regex Phone();

    // "[email protected]" is how web copies hide an address.
    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+|\[email protected\]")]
    private static partial Regex Email();

    [GeneratedRegex(@"https?://|\bwww\.")]
    private static partial Regex Web();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(from|van|von|de|desde|dal|da|od|nuo|tol)\b.{1,40}\b(to|until|till|tot|bis|a|hasta|ate|al|pana|do|iki|ig)\b.{0,12}\d{4}")]
    private static partial Regex Range();

    [GeneratedRegex(@"(€|\$|£|\beur\b|\beuros?\b|\busd\b)\s*\d|\d[\d.,\s]*\s*(m|mn|mio|mln|million|millions|billion|bn|mrd|k|thousand)?\s*(€|\$|£|\beur\b|\beuros?\b|\busd\b|\bhuf\b|\bpln\b|\bron\b)")]
    private static partial Regex Money();

    [GeneratedRegex(@"\d\s*(million|billion|miljoen|miljard|millionen|milliarden|milioni|miliardi|millones|milhoes|milioane|milionow|milijonu|milijonov|milliard)")]
    private static partial Regex BigNumber();

    [GeneratedRegex(@"\d\s*%|\d\s*(percent|procent|prozent|por ciento|per cento|procentas|odstotk|szazalek)")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\d.,/-])(?<n>\d{1,3}(?:[,.\u00A0 ]\d{3})+|\d+)(?![\d.,/%-])\s+(?!%|m\b|eur|€|million|billion)[a-z]")]
    private static partial Regex CountedNumber();

    [GeneratedRegex(@"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|" +
        "twee|drie|vier|vijf|zes|zeven|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|honderd|duizend|dreizehn|vierzehn|funfzehn|zwei|funf|sechs|sieben|neun|zehn|zwanzig|hundert|" +
        "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|cien|dois|duas|quatro|sete|oito|nove|dez|vinte|cem|" +
        "due|quattro|cinque|sei|sette|otto|dieci|venti|cento|doi|doua|trei|patru|cinci|sase|sapte|opt|noua|zece|" +
        "dwa|dwie|trzy|cztery|piec|szesc|siedem|osiem|dziewiec|dziesiec|du|dvi|trys|keturi|penki|sesi|septyni|astuoni|devyni|" +
        @"dva|dve|tri|stiri|pet|sest|sedem|osem|devet|deset|ketto|harom|negy|hat|het|nyolc|kilenc|tiz|husz|szaz)\b")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\b(Mr|Mrs|Ms|Dr|dr|Prof|prof|mag|Mag|Ing|ing|dhr|mevr|Sr|Sra|sig|dott|Frau|Herr|pan|pani|ga|g)\.?\s+\p{Lu}\p{Ll}+")]
    private static partial Regex Person();

    [GeneratedRegex(@"\b(agency|agencies|agencia|agentschap|agentur|agenzia|agentia|agencja|agentura|agencija|ugynokseg|association|asociacion|associazione|associacao|vereniging|verein|asociatia|stowarzyszenie|asociacija|egyesulet|" +
        "municipality|gemeente|municipio|comune|municipiul|gmina|savivaldybe|savivaldybes|obcina|onkormanyzat|ministry|ministerie|ministerium|ministerio|ministero|ministerul|ministerstwo|ministerija|ministrstvo|miniszterium|" +
        "chamber|chambers|kamer|kammer|camara|camera|izba|zbornica|kamara|university|universiteit|universitat|universidad|universita|universidade|universitatea|uniwersytet|universitetas|univerza|egyetem|" +
        "centre|center|centrum|centro|council|consejo|consiglio|consiliu|taryba|foundation|stichting|stiftung|fundacion|fondazione|fundacao|fundatia|fundacja|fondas|fundacija|alapitvany|" +
        "institute|instituut|institut|instituto|istituto|institutul|instytut|institutas|intezet|network|netwerk|netzwerk|rete|retea|siec|tinklas|omrezje|halozat|grouping|society|company|" +
        @"gmbh|ggmbh|ltd|s\.a|spa|egtc|eeig|authority|cluster|administration|unioncamere|enterprise agency|development agency)\b")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"\p{Lu}[\p{Ll}\p{Lu}]+\s+(of\s+the\s+|of\s+|de\s+|di\s+|del\s+|van\s+|für\s+|und\s+|and\s+|&\s+)?\p{Lu}[\p{Ll}\p{Lu}]+")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"(?<=\s)\p{Lu}\p{Ll}{2,}")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"\b\p{Lu}{2,}[\p{Lu}\d]*\b")]
    private static partial Regex Acronym();
}
