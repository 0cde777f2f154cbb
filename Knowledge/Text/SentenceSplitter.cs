namespace StakeholderBot.Knowledge.Text;

// Splits a paragraph into sentences at . ! ? followed by a capital, a digit or a quote, but not after
// abbreviations ("Mrs.", "dr.", "e.g."), initials, inside a quotation, or inside an enumeration written in the running
// text ("The actions are 1. Guidance, 2. Market entry 3. Networks. 4. Financing."): its item numbers and the stops
// before them are not sentence ends.
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "mag", "ing", "ir", "drs", "st", "no", "nr", "vs", "etc", "eg", "ie", "approx", "inc", "ltd",
        "co", "jr", "sr", "dipl", "univ", "dott", "sig", "sra", "dhr", "mevr", "bzw", "ca", "ggf", "vgl", "resp", "fig", "art", "eng",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "corp", "dept", "min", "max", "op", "ul",
    };

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        var quoteDepth = 0;
        var quoteStart = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is '“' or '„' or '«') { if (quoteDepth++ == 0) quoteStart = i; continue; }
            if (c is '”' or '»') { quoteDepth = Math.Max(0, quoteDepth - 1); continue; }
            if (quoteDepth > 0 && i - quoteStart > 300) quoteDepth = 0;
            if (c is not ('.' or '!' or '?' or '…') || quoteDepth > 0) continue;

            var next = i + 1;
            while (next < paragraph.Length && paragraph[next] is '"' or '\'' or ')' or '’' or '.' or '!' or '?') next++;
            if (next < paragraph.Length && !char.IsWhiteSpace(paragraph[next])) continue;
            var after = next;
            while (after < paragraph.Length && char.IsWhiteSpace(paragraph[after])) after++;
            if (after < paragraph.Length && !StartsSentence(paragraph[after])) continue;
            if (c == '.' && IsAbbreviation(paragraph, i)) continue;
            if (c == '.' && ItemNumberEndingAt(paragraph, i) is { } item
                && (HasItem(paragraph.AsSpan(next), item + 1) || item > 1 && HasItem(paragraph.AsSpan(start..i), item - 1))) continue;
            if (ItemNumberStartingAt(paragraph, after) is { } following && following > 1 && HasItem(paragraph.AsSpan(start..i), following - 1)) continue;

            Add(sentences, paragraph[start..next]);
            start = after;
            i = after - 1;
        }
        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '„' or '(' or '[' or '•' or '-' or '–' or '\'' or '¿' or '¡';

    // "... are 1." / "networks. 5. Provision": a number of one or two digits standing as a word, right before its stop.
    private static int? ItemNumberEndingAt(string text, int dot)
    {
        var first = dot;
        while (first > 0 && char.IsAsciiDigit(text[first - 1])) first--;
        var digits = dot - first;
        if (digits is 0 or > 2 || first > 0 && !char.IsWhiteSpace(text[first - 1])) return null;
        return int.Parse(text.AsSpan(first, digits));
    }

    private static int? ItemNumberStartingAt(string text, int position)
    {
        var end = position;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        var digits = end - position;
        if (digits is 0 or > 2 || end + 1 >= text.Length || text[end] != '.' || !char.IsWhiteSpace(text[end + 1])) return null;
        return int.Parse(text.AsSpan(position, digits));
    }

    // "2. " standing as a word in the text.
    private static bool HasItem(ReadOnlySpan<char> text, int number)
    {
        Span<char> item = stackalloc char[8];
        number.TryFormat(item, out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        item[digits++] = '.';
        item[digits++] = ' ';
        for (var from = 0; text[from..].IndexOf(item[..digits]) is var at and >= 0; from += at + 1)
            if (from + at == 0 || char.IsWhiteSpace(text[from + at - 1])) return true;
        return false;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text[start..dot].Replace(".", "");
        if (word.Length == 0) return false;
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0) sentences.Add(trimmed);
    }
}
