namespace StakeholderBot.Knowledge.Text;

// Reads "628,806 438", "7 887.798", "9,9603" or "01.04.2016" starting at a digit and gives canonical tokens:
// thousands separators dropped, the decimal mark written as 'd' so FTS5 keeps the value as one token.
public static class Numbers
{
    public static int Read(string text, int start, List<(string Value, int Start, int End)> output)
    {
        var groups = new List<(int Start, int End)>();
        var separators = new List<char>();
        var i = ReadDigits(text, start);
        groups.Add((start, i));
        while (i + 1 < text.Length)
        {
            var separator = text[i];
            var isSpace = separator is ' ' or '\u00A0' or '\u202F' or '\u2009';
            if (!(separator is '.' or ',' || isSpace) || !char.IsAsciiDigit(text[i + 1])) break;
            var end = ReadDigits(text, i + 1);
            // A space only groups thousands: "7 887" yes, "2019 100" or "in 4 2" no.
            if (isSpace && (end - i - 1 != 3 || groups[0].End - groups[0].Start > 3 || groups.Count > 1 && groups[^1].End - groups[^1].Start != 3)) break;
            separators.Add(separator is '.' or ',' ? separator : ' ');
            groups.Add((i + 1, end));
            i = end;
        }
        Canonical(text, groups, separators, output);
        return i;
    }

    private static int ReadDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i;
    }

    private static void Canonical(string text, List<(int Start, int End)> groups, List<char> separators, List<(string, int, int)> output)
    {
        string Digits(int g) => text[groups[g].Start..groups[g].End];
        var n = groups.Count;
        if (n == 1) { output.Add((Trim(Digits(0)), groups[0].Start, groups[0].End)); return; }

        var middleOk = groups[0].End - groups[0].Start <= 3 || n == 2;
        for (var g = 1; g < n - 1; g++) middleOk &= Digits(g).Length == 3 && separators[g - 1] == separators[0];
        if (!middleOk)
        {
            // Dates, section numbers, phone numbers: each part on its own.
            for (var g = 0; g < n; g++) output.Add((Trim(Digits(g)), groups[g].Start, groups[g].End));
            return;
        }
        var last = Digits(n - 1);
        var lastSeparator = separators[^1];
        // "7887,798": a group of four digits cannot stand before a thousands separator.
        var isDecimal = lastSeparator != ' ' && (last.Length != 3 || n > 2 && lastSeparator != separators[0] || n == 2 && groups[0].End - groups[0].Start > 3);
        var integer = string.Concat(Enumerable.Range(0, isDecimal ? n - 1 : n).Select(Digits));
        var value = Trim(integer);
        if (isDecimal)
        {
            var fraction = last.TrimEnd('0');
            if (fraction.Length > 0) value += "d" + fraction;
        }
        output.Add((value, groups[0].Start, groups[^1].End));
    }

    private static string Trim(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }
}
