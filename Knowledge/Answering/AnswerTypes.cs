using System.Globalization;
using System.Text.RegularExpressions;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// How clearly a sentence holds the kind of thing a question asks for (0..1): a date, a sum of money, a share, a
// count, a contact. Money, shares and counts are read from the sentence's tokens (a number next to a currency,
// multiplier or percent sign, as the tokenizer reads them in any language); dates from the folded text, with the
// month names .NET knows for each partner language. Names are judged by the scorer, which knows the question's own.
public static partial class AnswerTypes
{
    private static readonly HashSet<string> Months = MonthNames();

    public static double Strength(AnswerKind kind, IReadOnlyList<Token> tokens, string raw, string folded, string language) => kind switch
    {
        AnswerKind.Date => DateStrength(folded),
        AnswerKind.Amount => Money(tokens) ? 1.0 : Big(tokens) ? 0.8 : 0,
        AnswerKind.Share => Percent(tokens) ? 1.0 : Money(tokens) || Big(tokens) ? 0.7 : 0,
        AnswerKind.Quantity => Money(tokens) || Percent(tokens) || Big(tokens) ? 1.0 : Counted(tokens, raw, language) ? 0.9 : 0,
        AnswerKind.Count => Counted(tokens, raw, language) ? 1.0 : 0,
        AnswerKind.Contact => Phone().IsMatch(folded) || Email().IsMatch(folded) || Web().IsMatch(folded) ? 1.0 : 0,
        _ => 0,
    };

    public static bool HasContact(Cue kind, string folded) => kind switch
    {
        Cue.Phone => Phone().IsMatch(folded),
        Cue.Email => Email().IsMatch(folded),
        _ => Web().IsMatch(folded),
    };

    // Two dates make a period: it answers both "when did it start?" and "when did it end?".
    public static bool IsPeriod(string folded) => HasDigit(folded) && DistinctDates(folded) >= 2;

    public static bool IsDuration(string folded) => Duration().IsMatch(folded);

    // The dates a text mentions, each once: "28 february 2019" is one date, though its "february 2019" is also a
    // month-and-year. Full dates are taken first; a shorter form inside one already taken does not count again.
    private static int DistinctDates(string folded)
    {
        var taken = new List<(int Start, int End)>(4);
        foreach (var pattern in (Regex[])[DayMonthYear(), MonthDayYear(), YearMonthDay(), NumericDate(), MonthYear(), YearSpan()])
            foreach (Match match in pattern.Matches(folded))
            {
                if (match.Groups["m"] is { Success: true } month && !Months.Contains(month.Value)) continue;
                var (start, end) = (match.Index, match.Index + match.Length);
                if (!taken.Exists(t => start < t.End && t.Start < end)) taken.Add((start, end));
                if (pattern == YearSpan()) taken.Add((end, end));
            }
        return taken.Count;
    }

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

    private static bool IsCurrency(Token token) => token.Kind == TokenKind.Unit && token.Text is "eur" or "usd" or "gbp";

    private static bool IsMultiplier(Token token) => token.Kind == TokenKind.Unit && token.Text is "million" or "billion" or "thousand";

    // A number with a currency before or after it, a multiplier allowed between ("7,6 M €", "€ 294,645,000").
    private static bool Money(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number) continue;
            if (i > 0 && IsCurrency(tokens[i - 1])) return true;
            var next = i + 1 < tokens.Count && IsMultiplier(tokens[i + 1]) ? i + 2 : i + 1;
            if (next < tokens.Count && IsCurrency(tokens[next])) return true;
        }
        return false;
    }

    private static bool Big(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i].Kind == TokenKind.Number && tokens[i + 1] is { Kind: TokenKind.Unit, Text: "million" or "billion" }) return true;
        return false;
    }

    private static bool Percent(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i].Kind == TokenKind.Number && tokens[i + 1] is { Kind: TokenKind.Unit, Text: "pct" }) return true;
        return false;
    }

    // A number that counts something: followed by a word ("83 of them", "40 people", "five rounds"), not a year, a
    // date's day, money or a share.
    public static bool Counted(IReadOnlyList<Token> tokens, string raw, string language)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && QuestionWords.IsNumberWord(token.Text, language)) return true;
            if (token.Kind != TokenKind.Number || i + 1 >= tokens.Count || !tokens[i + 1].IsWordLike) continue;
            // "1st day" is an ordinal, "ACTION 1: ..." a label: a count stands right before what it counts.
            if (token.End < raw.Length && char.IsLetter(raw[token.End]) || raw.AsSpan(token.End, tokens[i + 1].Start - token.End).Trim().Length > 0) continue;
            // "2019" is a year, "2,000" a number; "9,96" a decimal, not a count.
            if (token.Text.Length == 4 && token.Text[0] is '1' or '2' && token.End - token.Start == 4 || token.Text.Contains('d')) continue;
            if (Months.Contains(tokens[i + 1].Text) || i > 0 && tokens[i - 1].Kind == TokenKind.Unit) continue;
            // "On 14 and 15 May": the first day of two, not a count.
            if (i + 3 < tokens.Count && tokens[i + 2].Kind == TokenKind.Number && Months.Contains(tokens[i + 3].Text)) continue;
            return true;
        }
        return false;
    }

    public static bool IsMonth(string folded) => Months.Contains(folded);

    private static HashSet<string> MonthNames()
    {
        var months = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in QuestionWords.Languages)
        {
            var format = CultureInfo.GetCultureInfo(name).DateTimeFormat;
            foreach (var month in format.MonthNames.Concat(format.MonthGenitiveNames).Concat(format.AbbreviatedMonthNames).Concat(format.AbbreviatedMonthGenitiveNames))
            {
                var folded = TextFolding.Fold(month.Trim('.'));
                if (folded.Length >= 3) months.Add(folded);
            }
        }
        months.Add("sept");
        return months;
    }

    [GeneratedRegex(@"\b\d{1,2}[./-]\d{1,2}[./-](\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th|e|er|\.)?\s*(of\s+)?(?<m>[a-z]+)\.?,?\s*(in\s+)?\d{4}\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>[a-z]+)\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b\d{4}\.?\s*(?<m>[a-z]+)\s*\d{1,2}\b")]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"\b(?<m>[a-z]+)\.?\s+(of\s+)?\d{4}\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th|e|er|\.)?\s*(of\s+)?(?<m>[a-z]+)\b")]
    private static partial Regex DayMonth();

    // "2014-2020", "2019 – 2022": a period of years.
    [GeneratedRegex(@"\b(19|20)\d{2}\s*[-–—/]\s*(19|20)\d{2}\b")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six)[- ]?(year|years|month|months|week|weeks|day|days)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<![\w/])\+?\d[\d /().-]{6,}\d")]
    private static partial Regex Phone();

    // "[email protected]" is how web copies hide an address.
    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+|\[email protected\]")]
    private static partial Regex Email();

    [GeneratedRegex(@"https?://|\bwww\.|\b[\w-]+\.(eu|com|org|net|info)\b")]
    private static partial Regex Web();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();
}
