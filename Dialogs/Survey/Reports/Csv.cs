using System.Globalization;
using System.Text;

namespace StakeholderBot.Dialogs.Survey.Reports;

// RFC 4180 CSV that opens cleanly in Excel: fields quoted when needed, CRLF rows, and text that Excel would
// run as a formula (= + - @ tab CR at the start) prefixed with an apostrophe. Plain numbers stay numbers.
public static class Csv
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n', ';'];

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        AppendRow(csv, header);
        foreach (var row in rows) AppendRow(csv, row);
        return csv.ToString();
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0]) && !IsNumber(value)) value = "'" + value;
        return value.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    private static bool IsNumber(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
