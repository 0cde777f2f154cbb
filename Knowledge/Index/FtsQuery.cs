namespace StakeholderBot.Knowledge.Index;

// Builds FTS5 MATCH expressions from terms: every term quoted, so no user word is read as FTS5 syntax.
public static class FtsQuery
{
    public static string Quote(string term) => "\"" + term.Replace("\"", "\"\"") + "\"";

    public static string Prefix(string term) => Quote(term) + "*";

    public static string AnyOf(IEnumerable<string> expressions) => string.Join(" OR ", expressions.Distinct());
}
