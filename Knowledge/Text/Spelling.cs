namespace StakeholderBot.Knowledge.Text;

// British and American spellings read alike ("internationalisation" = "internationalization", "programme" =
// "program"). Applied to every word on both sides, so a rare false hit only renames a word consistently.
public static class Spelling
{
    private static readonly (string From, string To)[] Endings =
    [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("programmes", "programs"), ("programme", "program"), ("centres", "centers"), ("centre", "center"),
    ];

    public static string Normalise(string folded)
    {
        if (folded.Length < 6) return folded;
        foreach (var (from, to) in Endings)
            if (folded.EndsWith(from, StringComparison.Ordinal)) return string.Concat(folded.AsSpan(0, folded.Length - from.Length), to);
        return folded;
    }
}
