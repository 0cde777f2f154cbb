using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace StakeholderBot.Knowledge.Documents.Pdf;

// Docstrum cuts a table into one block per column, so a row's cells would end up in different passages. Blocks
// that stand side by side with their lines on shared baselines, and whose lines are short like cells (not prose
// filling a column), are one table: its lines are regrouped into rows, cells joined with " | " as the other
// readers do. Under a header row (words, no figures) each cell is labelled with its column ("Budget: EUR 250,000"),
// so a row quoted on its own still says what its figures are.
public static class PdfTables
{
    public static (IReadOnlyList<TextBlock> Blocks, Dictionary<TextBlock, IReadOnlyList<string>> Tables) Merge(IReadOnlyList<TextBlock> blocks)
    {
        var cells = blocks.Where(IsCellColumn).ToList();
        var group = Enumerable.Range(0, cells.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        for (var i = 0; i < cells.Count; i++)
            for (var j = i + 1; j < cells.Count; j++)
                if (SideBySide(cells[i], cells[j]) && SharedBaselines(cells[i], cells[j])) group[Root(j)] = Root(i);

        var tables = new Dictionary<TextBlock, IReadOnlyList<string>>();
        var replaced = new HashSet<TextBlock>();
        foreach (var columns in Enumerable.Range(0, cells.Count).GroupBy(Root).Where(g => g.Count() >= 2))
        {
            var ordered = columns.Select(i => cells[i]).OrderBy(b => b.BoundingBox.Left).ToList();
            var lines = ordered.SelectMany(b => b.TextLines).OrderByDescending(l => l.BoundingBox.Bottom).ToList();
            var table = new TextBlock(lines);
            tables[table] = Rows(ordered);
            replaced.UnionWith(ordered);
        }
        if (tables.Count == 0) return (blocks, tables);
        return (blocks.Where(b => !replaced.Contains(b)).Concat(tables.Keys).ToList(), tables);
    }

    // Cells are a few words (a label, an amount); prose lines run to the block's edge.
    private static bool IsCellColumn(TextBlock block)
    {
        if (block.TextLines.Count < 2) return false;
        var words = Median(block.TextLines.Select(l => (double)l.Words.Count));
        if (words <= 3) return true;
        var filled = block.TextLines.Count(l => l.BoundingBox.Width >= 0.85 * block.BoundingBox.Width) / (double)block.TextLines.Count;
        return words <= 6 && filled < 0.6;
    }

    private static bool SideBySide(TextBlock a, TextBlock b)
    {
        var (left, right) = a.BoundingBox.Left <= b.BoundingBox.Left ? (a, b) : (b, a);
        if (left.BoundingBox.Right > right.BoundingBox.Left) return false;
        var overlap = Math.Min(a.BoundingBox.Top, b.BoundingBox.Top) - Math.Max(a.BoundingBox.Bottom, b.BoundingBox.Bottom);
        return overlap >= 0.5 * Math.Min(a.BoundingBox.Height, b.BoundingBox.Height);
    }

    private static bool SharedBaselines(TextBlock a, TextBlock b)
    {
        var (fewer, more) = a.TextLines.Count <= b.TextLines.Count ? (a, b) : (b, a);
        var matched = fewer.TextLines.Count(line => more.TextLines.Any(other => SameRow(line, other)));
        return matched >= 0.6 * fewer.TextLines.Count;
    }

    private static bool SameRow(TextLine a, TextLine b) =>
        Math.Abs(a.BoundingBox.Bottom - b.BoundingBox.Bottom) <= 0.4 * Math.Min(a.BoundingBox.Height, b.BoundingBox.Height);

    // One row per shared baseline, top to bottom. A line that continues a wrapped cell (nothing in the first
    // column, or a first cell starting in lower case) is added to the row above.
    private static List<string> Rows(List<TextBlock> columns)
    {
        var lines = columns.SelectMany((block, column) => block.TextLines.Select(line => (Line: line, Column: column)))
            .OrderByDescending(c => c.Line.BoundingBox.Bottom).ToList();
        var rows = new List<string[]>();
        TextLine? rowLine = null;
        foreach (var (line, column) in lines)
        {
            if (rowLine is null || !SameRow(rowLine, line))
            {
                rows.Add(new string[columns.Count]);
                rowLine = line;
            }
            var row = rows[^1];
            row[column] = row[column] is { } existing ? existing + " " + line.Text : line.Text;
        }
        var merged = new List<string[]>();
        foreach (var row in rows)
        {
            var continues = merged.Count > 0 && (row[0] is null || char.IsLower(row[0]![0]));
            if (!continues) { merged.Add(row); continue; }
            var above = merged[^1];
            for (var c = 0; c < row.Length; c++)
                if (row[c] is { } text) above[c] = above[c] is { } existing ? existing + " " + text : text;
        }
        var header = merged.Count >= 2 && merged[0].All(cell => cell is { Length: > 0 } && !cell.Any(char.IsDigit)) ? merged[0] : null;
        if (header is null) return merged.Select(row => string.Join(" | ", row.Select(cell => cell ?? ""))).ToList();
        return merged.Skip(1).Select(row => string.Join(" | ", row.Select((cell, c) => cell is null ? "" : $"{header[c]}: {cell}"))).ToList();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
