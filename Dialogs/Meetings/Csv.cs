using System.Text;

namespace StakeholderBot.Dialogs.Meetings;

// CSV as Excel opens it: every field quoted, quotes doubled, CRLF rows, and text that Excel would run
// as a formula (=, +, -, @, tab, CR at the start) prefixed with an apostrophe so it stays text.
public sealed class Csv
{
    private readonly StringBuilder text = new();

    public Csv Row(IEnumerable<string> fields)
    {
        text.Append(string.Join(",", fields.Select(Field))).Append("\r\n");
        return this;
    }

    public Csv Row(params string[] fields) => Row((IEnumerable<string>)fields);

    public override string ToString() => text.ToString();

    public static string Field(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"") + "\"";
    }
}
