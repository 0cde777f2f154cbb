using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// Everyday words a question may use where the documents use another ("problems" / "issues"). General vocabulary
// of project reports in English and Dutch, matched a little below the word itself.
public static class Synonyms
{
    private static readonly string[][] Groups =
    [
        ["problem", "issue", "challenge", "difficulty", "barrier", "obstacle"],
        ["goal", "aim", "objective", "purpose", "target"],
        ["company", "firm", "enterprise", "business"],
        ["money", "budget", "funding", "fund", "finance", "financing"],
        ["meeting", "event", "session", "gathering"],
        ["help", "support", "assist", "assistance"],
        ["city", "town", "municipality"],
        ["learn", "learning", "knowledge", "insight"],
        ["host", "hosted", "organise", "organize", "organiser", "organizer"],
        ["plan", "strategy"],
        ["result", "outcome", "output"],
        ["country", "nation"],
        ["partner", "partnership"],
        ["doel", "streven", "doelstelling"],
        ["probleem", "uitdaging", "knelpunt"],
        ["bedrijf", "onderneming", "firma"],
    ];

    private static readonly Dictionary<string, string[]> ByStem = Build();

    public static void Expand(List<Concept> concepts)
    {
        for (var i = 0; i < concepts.Count; i++)
        {
            var concept = concepts[i];
            if (concept.IsName || concept.Alternatives.Count > 1 || !ByStem.TryGetValue(concept.Alternatives[0][0], out var others)) continue;
            concepts[i] = concept with
            {
                Alternatives = [.. concept.Alternatives, .. others.Select(o => (IReadOnlyList<string>)[Stemmer.Stem(o, "en")])],
                SearchTerms = [.. concept.SearchTerms, .. others],
            };
        }
    }

    private static Dictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Groups)
            foreach (var word in group)
                map[Stemmer.Stem(word, "en")] = group.Where(w => Stemmer.Stem(w, "en") != Stemmer.Stem(word, "en")).ToArray();
        return map;
    }
}
