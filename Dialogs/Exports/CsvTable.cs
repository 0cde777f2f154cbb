using System.Globalization;
using CsvHelper;

namespace StakeholderBot.Dialogs.Exports;

// Every CSV the bot exports is written here: RFC 4180 with CRLF rows, fields quoted when they need it or hold ';' (the
// list separator of Excel in most partner languages), and text a spreadsheet would run as a formula (= + - @ tab CR at
// the start) escaped with an apostrophe. A cell that is a plain number is written as a number, so -5 stays -5.
public sealed class CsvTable : IDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        ShouldQuote = (field, _, _, _) => field.Contains(';'),
    };

    private readonly StringWriter text = new(CultureInfo.InvariantCulture);
    private readonly CsvWriter writer;

    public CsvTable(IEnumerable<string> header)
    {
        writer = CsvWriter.Create(text, Options, leaveOpen: true);
        Row(header);
    }

    // Every row has the header's number of cells.
    public CsvTable Row(IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            if (AsNumber(cell) is { } number) writer.WriteField(number, default);
            else writer.WriteField(cell);
        }
        writer.EndRecord();
        return this;
    }

    // Only text that a number writes back exactly: 007 or +5 stay text as typed.
    private static decimal? AsNumber(string cell) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
        && number.ToString(CultureInfo.InvariantCulture) == cell
            ? number
            : null;

    public override string ToString()
    {
        writer.Flush();
        return text.ToString();
    }

    public void Dispose() => writer.Dispose();
}
