namespace StakeholderBot.Knowledge.Documents;

// Lines broken inside a word ("pro-" / "gramme") are joined back into the word. A hyphen before a capital or a
// digit, or after a non-letter, is kept as written ("Nord-" / "Pas-de-Calais", "2014 –" / "2020").
public static class Hyphenation
{
    private const char SoftHyphen = '\u00AD';

    public static string Join(string first, string second)
    {
        if (second.Length == 0) return first;
        if (first.Length == 0) return second;
        if (first[^1] == SoftHyphen) return first[..^1] + second;
        if (first.Length >= 2 && first[^1] == '-' && char.IsLetter(first[^2]) && char.IsLower(second[0])) return first[..^1] + second;
        return first + " " + second;
    }

    public static bool BreaksWord(string line) => line.Length >= 2 && (line[^1] == SoftHyphen || line[^1] == '-' && char.IsLetter(line[^2]));

    // Lines with each word broken at a line end put back together; other lines stay as they are.
    public static List<string> JoinBrokenWords(IEnumerable<string> lines)
    {
        var joined = new List<string>();
        foreach (var line in lines)
        {
            if (joined.Count > 0 && BreaksWord(joined[^1]) && line.Length > 0 && (char.IsLower(line[0]) || joined[^1][^1] == SoftHyphen))
                joined[^1] = Join(joined[^1], line);
            else joined.Add(line);
        }
        return joined;
    }
}
