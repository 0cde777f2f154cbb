namespace StakeholderBot.Knowledge.Text;

// Splits text into normalised tokens: words folded, acronym plurals singular ("SMEs" -> "sme"), "PA1" -> "pa" "1",
// ordinals as numbers ("28th" -> "28"), numbers and units canonical, countries canonical.
public static class Tokenizer
{
    public static List<Token> Scan(string text)
    {
        var tokens = new List<Token>(text.Length / 6 + 4);
        var numbers = new List<(string Value, int Start, int End)>(4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                numbers.Clear();
                var end = Numbers.Read(text, i, numbers);
                var suffixEnd = end;
                while (suffixEnd < text.Length && char.IsLetter(text[suffixEnd])) suffixEnd++;
                if (suffixEnd > end && !IsOrdinalSuffix(text.AsSpan(end, suffixEnd - end)) && numbers.Count == 1)
                {
                    // "3b", "5G": a code, kept whole.
                    tokens.Add(new Token(TextFolding.Fold(text.AsSpan(i, suffixEnd - i)), TokenKind.Word, i, suffixEnd));
                }
                else
                {
                    foreach (var (value, start, stop) in numbers) tokens.Add(new Token(value, TokenKind.Number, start, stop));
                }
                i = suffixEnd;
            }
            else if (char.IsLetter(c))
            {
                var end = i + 1;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark
                    || IsApostrophe(text[end]) && end + 1 < text.Length && char.IsLetter(text[end + 1]))) end++;
                AddWord(text, i, end, tokens);
                i = end;
            }
            else
            {
                if (Units.Symbol(c) is { } unit) tokens.Add(new Token(unit, TokenKind.Unit, i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static void AddWord(string text, int start, int end, List<Token> tokens)
    {
        if (end - start == 1) { AddLetters(text, start, end, tokens); return; }
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && !IsApostrophe(text[i])) continue;
            // Apostrophes split "EU's" / "dell'impresa"; one-letter parts (s, l, d, t) carry no meaning.
            if (i - partStart > 1) AddPart(text, partStart, i, tokens);
            partStart = i + 1;
        }
    }

    private static void AddPart(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var segmentEnd = i;
            var digits = char.IsAsciiDigit(text[i]);
            while (segmentEnd < end && char.IsAsciiDigit(text[segmentEnd]) == digits) segmentEnd++;
            if (digits) tokens.Add(new Token(text[i..segmentEnd].TrimStart('0') is { Length: > 0 } n ? n : "0", TokenKind.Number, i, segmentEnd));
            else AddLetters(text, i, segmentEnd, tokens);
            i = segmentEnd;
        }
    }

    private static void AddLetters(string text, int start, int end, List<Token> tokens)
    {
        var span = text.AsSpan(start, end - start);
        var upper = 0;
        foreach (var ch in span) if (char.IsUpper(ch)) upper++;
        var proper = span.Length > 1 && (upper > 1 || upper == 1 && !char.IsUpper(span[0]));
        // "SMEs", "GPs", "OPs": an acronym's plural.
        if (span.Length > 2 && span[^1] == 's' && upper == span.Length - 1) { span = span[..^1]; end--; proper = true; }

        var folded = Spelling.Normalise(TextFolding.Fold(span));
        var previousIsNumber = tokens.Count > 0 && tokens[^1].Kind == TokenKind.Number && start - tokens[^1].End <= 2;
        if (Units.Canonical(folded, previousIsNumber) is { } unit) { tokens.Add(new Token(unit, TokenKind.Unit, start, end)); return; }

        var inParentheses = start > 0 && text[start - 1] == '(' && end < text.Length && text[end] == ')';
        var country = inParentheses && span.Length == 2 ? Countries.FromCode(span.ToString()) : Countries.Canonical(folded);
        if (country is not null) { tokens.Add(new Token(country, TokenKind.Proper, start, end)); return; }
        tokens.Add(new Token(folded, proper ? TokenKind.Proper : TokenKind.Word, start, end));
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Length <= 3 && suffix.ToString().ToLowerInvariant() is "st" or "nd" or "rd" or "th" or "e" or "er" or "ste" or "de" or "o" or "a" or "ro" or "do" or "to" or "mo" or "na" or "ej" or "oji" or "ji";

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`' or '´';
}
