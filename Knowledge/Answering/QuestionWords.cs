using System.Text.Json;

namespace StakeholderBot.Knowledge.Answering;

// The word groups of Data/question-words.json: what a question asks with ("when", "how many", "budget"), which edge of
// a period it wants, how it qualifies an amount ("maximum", "per"), whether it follows up on the previous question,
// and the words that only put the question ("tell me", "take part in").
public enum Cue
{
    Date, Start, End, Span, Count, Amount, Quantity, Measure, Share, Who, Place, Which, Contact, Phone, Email, Web,
    Maximum, Minimum, Average, Each, Continues, PointsBack, Phrasing, Manner, Means, Reason, Cause, Trend, Change, Auxiliary,
}

// Where a group's phrase stands in a text's words: its first word and how many words it has.
public readonly record struct CueMatch(Cue Cue, int Start, int Length);

public static class QuestionWords
{
    private static readonly Dictionary<string, List<(Cue Cue, string[] Words, string Language)>> ByFirstWord = Load("question-words.json");
    private static readonly Dictionary<string, HashSet<string>> NumberWords = LoadNumbers();

    // The languages the word lists cover: the 11 partner languages and French.
    public static IReadOnlyList<string> Languages { get; } = NumberWords.Keys.ToList();

    // The phrases of these languages found in the folded words, longest first where they overlap.
    public static List<CueMatch> Find(IReadOnlyList<string> words, IReadOnlyCollection<string> languages)
    {
        var found = new List<CueMatch>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!ByFirstWord.TryGetValue(words[i], out var candidates)) continue;
            foreach (var (cue, phrase, language) in candidates)
            {
                if (!languages.Contains(language) || i + phrase.Length > words.Count || found.Exists(f => f.Cue == cue && f.Start == i)) continue;
                var matches = true;
                for (var k = 1; k < phrase.Length && matches; k++) matches = words[i + k] == phrase[k];
                if (matches) found.Add(new CueMatch(cue, i, phrase.Length));
            }
        }
        return found;
    }

    public static bool Has(IReadOnlyList<string> words, Cue cue, IReadOnlyCollection<string> languages) => Find(words, languages).Exists(f => f.Cue == cue);

    public static bool IsNumberWord(string folded, string language) =>
        NumberWords.TryGetValue(language, out var words) && words.Contains(folded) || NumberWords["en"].Contains(folded);

    private static Dictionary<string, List<(Cue, string[], string)>> Load(string file)
    {
        using var json = AnsweringData.Read(file);
        var map = new Dictionary<string, List<(Cue, string[], string)>>(StringComparer.Ordinal);
        foreach (var group in json.RootElement.EnumerateObject())
        {
            if (group.Name.StartsWith('_')) continue;
            var cue = Enum.Parse<Cue>(group.Name, ignoreCase: true);
            foreach (var language in group.Value.EnumerateObject())
                foreach (var phrase in language.Value.GetString()!.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (!map.TryGetValue(words[0], out var list)) map[words[0]] = list = [];
                    list.Add((cue, words, language.Name));
                }
        }
        // Longer phrases first, so "how much of" is seen before "how much".
        foreach (var list in map.Values) list.Sort((a, b) => b.Item2.Length.CompareTo(a.Item2.Length));
        return map;
    }

    private static Dictionary<string, HashSet<string>> LoadNumbers()
    {
        using var json = AnsweringData.Read("number-words.json");
        return json.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('_'))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!.Split('|').ToHashSet(StringComparer.Ordinal));
    }
}
