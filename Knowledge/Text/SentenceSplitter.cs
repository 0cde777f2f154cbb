namespace StakeholderBot.Knowledge.Text;

// Splits a paragraph into sentences at . ! ? followed by a capital, a digit or a quote, but not after
// abbreviations ("Mrs.", "dr.", "e.g."), initials, or inside a quotation.
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

            Add(sentences, paragraph[start..next]);
            start = after;
            i = after - 1;
        }
        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '„' or '(' or '[' or '•' or '-' or '–' or '\'' or '¿' or '¡';

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
