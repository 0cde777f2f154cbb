namespace StakeholderBot.Knowledge.Text;

// Guesses the language of a text from its function words and a few letters only one partner language uses.
// Short texts lean on the hint (the activity's locale or the document's language). One pass over the first
// stretch of text: detection runs for every passage of every document, so it must stay cheap.
public static class LanguageDetector
{
    private const int Sample = 1500;
    private static readonly string[] Languages = StopWords.Languages.ToArray();
    private static readonly Dictionary<char, int> Marks = BuildMarks();

    public static string Detect(string text, string? hint = null)
    {
        var scores = new double[Languages.Length];
        var length = Math.Min(text.Length, Sample);
        var word = new System.Text.StringBuilder(24);
        var marks = new int[Languages.Length];
        for (var i = 0; i <= length; i++)
        {
            var c = i < length ? text[i] : ' ';
            if (char.IsLetter(c)) { word.Append(c); if (Marks.TryGetValue(c, out var language)) marks[language]++; continue; }
            if (word.Length == 0) continue;
            var folded = TextFolding.Fold(word.ToString());
            word.Clear();
            var mask = StopWords.LanguageMask(folded);
            for (var l = 0; mask != 0; l++, mask >>= 1) if ((mask & 1) != 0) scores[l]++;
        }
        for (var l = 0; l < Languages.Length; l++) scores[l] += Math.Min(marks[l], 3) * 0.7;

        var best = hint is not null && Array.IndexOf(Languages, hint) is var h && h >= 0 ? h : 0;
        var bestScore = scores[best] + 0.5;
        for (var l = 0; l < Languages.Length; l++)
            if (scores[l] > bestScore) (best, bestScore) = (l, scores[l]);
        return Languages[best];
    }

    private static Dictionary<char, int> BuildMarks()
    {
        var marks = new Dictionary<char, int>();
        void Add(string language, string letters)
        {
            foreach (var c in letters) marks[c] = Array.IndexOf(Languages, language);
        }
        Add("hu", "őűŐŰ");
        Add("pl", "łąęśżźńŁĄĘŚŻŹŃ");
        Add("lt", "ėųįūĖŲĮŪ");
        Add("ro", "șțăȘȚĂ");
        Add("es", "ñ¿¡Ñ");
        Add("pt", "ãõçÃÕ");
        Add("de", "ßä");
        Add("fr", "œŒ");
        return marks;
    }
}
