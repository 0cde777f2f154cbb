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
            builder.Append(token.Kind == TokenKind.Word && language != "en" ? Stemmer.Stem(token.Text, language) : token.Text);
        }
        return builder.ToString();
    }

    public static List<string> ForMatch(string text, string language)
    {
        var terms = new List<string>();
        foreach (var token in Tokenizer.Scan(text))
        {
            if (token.Kind == TokenKind.Word && (token.Text.Length == 1 || StopWords.IsStopWord(token.Text, language))) continue;
            terms.Add(token.Kind == TokenKind.Word ? Stemmer.Stem(token.Text, language) : token.Text);
            if (token.Kind == TokenKind.Proper && Countries.IsCountry(token.Text)) terms.Add(Countries.Marker);
        }
        return terms;
    }
}
