using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Documents;

// What a document is about, beyond any one passage: its title plus the names it repeats (projects, partners,
// places). Every passage is searched with this, so a question about when a project started finds its "Start: ..." line.
public static class DocumentContext
{
    private const int MaxNames = 15;

    public static string Build(string title, IReadOnlyList<Block> blocks)
    {
        var counts = new Dictionary<string, (int Count, string Raw)>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (var token in Tokenizer.Scan(block.Text))
            {
                var capitalised = token.Kind == TokenKind.Proper || token.Kind == TokenKind.Word && char.IsUpper(block.Text[token.Start]);
                if (!capitalised || token.Text.Length < 2 || StopWords.IsAnyStopWord(token.Text)) continue;
                counts[token.Text] = counts.TryGetValue(token.Text, out var seen) ? (seen.Count + 1, seen.Raw) : (1, block.Text[token.Start..token.End]);
            }
        }
        var names = counts.Where(c => c.Value.Count >= 2).OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(MaxNames).Select(c => c.Value.Raw);
        return string.Join(" ", names.Prepend(title));
    }
}
