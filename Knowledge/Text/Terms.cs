namespace StakeholderBot.Knowledge.Text;

// The words of a text as the index and the matcher see them: stop words of its language dropped, other words
// stemmed. Names (acronyms, "UpGradeSME") keep their form so they match across languages.
public static class Terms
{
    // For the FTS5 column: English stays unstemmed because the table's porter tokenizer stems it.
    public static string ForIndex(string text, string language)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var token in Tokenizer.Scan(text))
        {
            if (token.Kind == TokenKind.Word && (token.Text.Length == 1 || StopWords.IsStopWord(token.Text, language))) continue;
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(token.Kind == TokenKind.Word && language != "en" ? StemOf(text, token, language) : token.Text);
        }
        return builder.ToString();
    }

    // A word capitalised inside a sentence ("the harbour company Portwise") is a name, kept whole as a question
    // keeps it: stemmers of different languages would cut it differently. German capitalises every noun.
    public static bool IsCapitalisedName(string text, Token token, string language) =>
        language != "de" && char.IsUpper(text[token.Start]) && !IsSentenceStart(text, token.Start);

    public static bool IsSentenceStart(string text, int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '„' or '«' or '(' or '¿' or '¡') continue;
            return text[i] is '.' or '!' or '?' or ':' or '\n' or ';' or '•' or '-' or '–';
        }
        return true;
    }

    // A word token's stem, from the word as written (lower case, diacritics kept, British spelling made American).
    public static string StemOf(string text, Token token, string language)
    {
        var written = text.AsSpan(token.Start, token.End - token.Start);
        var plain = true;
        foreach (var c in written) if (c > 127 || char.IsUpper(c)) { plain = false; break; }
        // Most words are plain lower-case ASCII: their folded token is already the word as written.
        var word = plain ? token.Text : Spelling.Normalise(written.ToString().ToLowerInvariant());
        return Stemmer.Stem(word, language);
    }

    public static List<string> ForMatch(string text, string language) => ForMatch(text, Tokenizer.Scan(text), language);

    // tokens: the text's, scanned once by a caller that needs them too.
    public static List<string> ForMatch(string text, IReadOnlyList<Token> tokens, string language)
    {
        var terms = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && (token.Text.Length == 1 || StopWords.IsStopWord(token.Text, language))) continue;
            if (token.Kind != TokenKind.Word) terms.Add(token.Text);
            else if (!IsCapitalisedName(text, token, language)) terms.Add(StemOf(text, token, language));
            else
            {
                // A name's words are also words ("the Managing Authorities" are authorities): both forms match.
                terms.Add(token.Text);
                if (StemOf(text, token, language) is var stem && stem != token.Text) terms.Add(stem);
            }
            if (token.Kind == TokenKind.Proper && Countries.IsCountry(token.Text)) terms.Add(Countries.Marker);
        }
        return terms;
    }
}
