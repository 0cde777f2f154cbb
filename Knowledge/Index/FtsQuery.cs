namespace StakeholderBot.Knowledge.Index;

// Builds FTS5 MATCH expressions from terms: every term quoted, so no user word is read as FTS5 syntax, and cut to
// its letters and digits, so it stays one token (the index keeps no positions, so phrases cannot be matched).
public static class FtsQuery
{
    public static string Quote(string term)
    {
        var token = new string(term.Where(char.IsLetterOrDigit).ToArray());
        return "\"" + (token.Length > 0 ? token : "_") + "\"";
    }

    public static string Prefix(string term) => Quote(term) + "*";

    public static string AnyOf(IEnumerable<string> expressions) => string.Join(" OR ", expressions.Distinct());
}
